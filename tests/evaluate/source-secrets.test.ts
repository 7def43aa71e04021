import { describe, expect, it } from 'vitest';
import { buildInventory, evalContext } from '../builders/index.js';
import { accessKey, iamSection, iamUser } from '../builders/iam.js';
import { denied, daysAgo } from '../builders/common.js';
import { evaluateInventory } from '../../src/evaluate/run.js';
import { allChecks } from '../../src/checks/index.js';
import { leakedKeyFindings, privateKeyFindings, withSourceSecrets, type SourceSecretsInput } from '../../src/evaluate/source-secrets.js';
import { FAKE } from '../secrets/fakes.js';

const leaked = (accessKeyId: string): SourceSecretsInput => ({
  accessKeys: [{ accessKeyId, locations: ['repo/.env:3'] }],
  privateKeys: [],
});
const withUsers = (...users: ReturnType<typeof iamUser>[]) => buildInventory({ iam: iamSection({ users: { ok: true, value: users } }) });

describe('secrets-leaked-access-key-inactive', () => {
  it('FAILs an active key, naming the user and its last use', () => {
    const inv = withUsers(iamUser({ userName: 'deploy', accessKeys: { ok: true, value: [accessKey({ accessKeyId: FAKE.accessKeyId })] } }));
    const [f] = leakedKeyFindings(inv, leaked(FAKE.accessKeyId));
    expect(f).toMatchObject({ status: 'FAIL', severity: 'critical', resourceArn: 'arn:aws:iam::111122223333:user/deploy' });
    expect(f?.reason).toBe(
      `Access key ${FAKE.accessKeyId} found in repo/.env:3 is an ACTIVE access key of IAM user deploy, last used ${daysAgo(1)} (s3).`,
    );
  });

  it('PASSes an inactive key of a user, and a key of no user when root has no keys', () => {
    const inv = withUsers(iamUser({ accessKeys: { ok: true, value: [accessKey({ accessKeyId: FAKE.accessKeyId, status: 'Inactive' })] } }));
    expect(leakedKeyFindings(inv, leaked(FAKE.accessKeyId))[0]).toMatchObject({
      status: 'PASS',
      reason: expect.stringContaining('is inactive'),
    });
    expect(leakedKeyFindings(inv, leaked(FAKE.accessKeyId2))[0]).toMatchObject({
      status: 'PASS',
      reason: expect.stringContaining('is not an access key of account 111122223333'),
    });
  });

  it('is UNKNOWN when users or their keys could not be read, or root has keys IAM does not list', () => {
    const noUsers = buildInventory({ iam: iamSection({ users: denied('iam:GetAccountAuthorizationDetails') }) });
    expect(leakedKeyFindings(noUsers, leaked(FAKE.accessKeyId))[0]).toMatchObject({
      status: 'UNKNOWN',
      errors: [expect.objectContaining({ action: 'iam:GetAccountAuthorizationDetails' })],
    });
    const noKeys = withUsers(iamUser({ accessKeys: denied('iam:ListAccessKeys') }));
    expect(leakedKeyFindings(noKeys, leaked(FAKE.accessKeyId))[0]?.status).toBe('UNKNOWN');
    const rootKeys = buildInventory({
      iam: iamSection({ accountSummary: { ok: true, value: { accountMfaEnabled: 1, accountAccessKeysPresent: 1 } } }),
    });
    expect(leakedKeyFindings(rootKeys, leaked(FAKE.accessKeyId2))[0]).toMatchObject({
      status: 'UNKNOWN',
      reason: expect.stringContaining('root user has access keys'),
    });
    const { iam: _iam, ...withoutIam } = buildInventory();
    expect(leakedKeyFindings(withoutIam as ReturnType<typeof buildInventory>, leaked(FAKE.accessKeyId))[0]?.status).toBe('UNKNOWN');
  });

  it('a key that matches is still FAIL when another user could not be read (a match needs no other user)', () => {
    const inv = withUsers(
      iamUser({ userName: 'x', accessKeys: denied('iam:ListAccessKeys') }),
      iamUser({ userName: 'deploy', accessKeys: { ok: true, value: [accessKey({ accessKeyId: FAKE.accessKeyId })] } }),
    );
    expect(leakedKeyFindings(inv, leaked(FAKE.accessKeyId))[0]?.status).toBe('FAIL');
  });
});

describe('secrets-private-key-passphrase-protected and the findings document', () => {
  it('FAILs an unprotected key, PASSes a protected one, NOT_APPLICABLE when none was found', () => {
    const inv = buildInventory();
    const found = privateKeyFindings(inv, {
      accessKeys: [],
      privateKeys: [
        { location: 'k/id_rsa:1', encrypted: false },
        { location: 'k/id_ed:1', encrypted: true },
      ],
    });
    expect(found.map((f) => f.status)).toEqual(['FAIL', 'PASS']);
    expect(privateKeyFindings(inv, { accessKeys: [], privateKeys: [] }).map((f) => f.status)).toEqual(['NOT_APPLICABLE']);
  });

  it('adds both checks to the document and covers checklist rows 2.1 and 2.2', () => {
    const inv = withUsers(iamUser({ accessKeys: { ok: true, value: [accessKey({ accessKeyId: FAKE.accessKeyId })] } }));
    const doc = evaluateInventory(
      inv,
      allChecks.filter((c) => c.service === 'iam'),
      { now: evalContext().now },
    );
    const out = withSourceSecrets(doc, inv, leaked(FAKE.accessKeyId));
    expect(out.findings[0]?.checkId).toBe('secrets-leaked-access-key-inactive');
    expect(out.summary.byService['secrets']).toMatchObject({ FAIL: 1, NOT_APPLICABLE: 1 });
    const checklist = out.compliance.find((c) => c.framework === 'checklist');
    const controls = checklist?.sections.flatMap((s) => s.controls) ?? [];
    expect(controls.find((c) => c.id === '2.1')).toMatchObject({ status: 'FAIL', checks: ['secrets-leaked-access-key-inactive'] });
    expect(controls.find((c) => c.id === '2.2')).toMatchObject({
      status: 'NOT_APPLICABLE',
      checks: ['secrets-private-key-passphrase-protected'],
    });
  });
});

describe('checklist local rows', () => {
  it('every local row of docs/checklist.md is covered by a source-secrets check', async () => {
    const { checklistRows } = await import('../../src/frameworks/checklist.js');
    const { LEAKED_KEY_CHECK, PRIVATE_KEY_CHECK } = await import('../../src/evaluate/source-secrets.js');
    const covered = new Set([...LEAKED_KEY_CHECK.frameworks.checklist, ...PRIVATE_KEY_CHECK.frameworks.checklist]);
    const local = checklistRows.filter((r) => r.kind === 'local').map((r) => r.id);
    expect(local).toEqual(['2.1', '2.2']);
    expect(local.filter((id) => !covered.has(id))).toEqual([]);
  });
});
