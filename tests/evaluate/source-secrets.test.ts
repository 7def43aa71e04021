import { describe, expect, it } from 'vitest';
import { buildInventory, evalContext } from '../builders/index.js';
import { iamSection, iamUser } from '../builders/iam.js';
import type { IamAccessKeyLookup, IamSection } from '../../src/model/iam.js';
import { denied, daysAgo } from '../builders/common.js';
import { evaluateInventory } from '../../src/evaluate/run.js';
import { allChecks } from '../../src/checks/index.js';
import { leakedKeyFindings, privateKeyFindings, withSourceSecrets, type SourceSecretsInput } from '../../src/evaluate/source-secrets.js';
import { FAKE } from '../secrets/fakes.js';

const leaked = (accessKeyId: string): SourceSecretsInput => ({
  accessKeys: [{ accessKeyId, locations: ['repo/.env:3'] }],
  privateKeys: [],
});
type Lookup = NonNullable<IamSection['accessKeyLookups']>[string];
const looked = (id: string, value: Lookup) => buildInventory({ iam: iamSection({ accessKeyLookups: { [id]: value } }) });
const owner = (overrides: Partial<IamAccessKeyLookup> = {}): Lookup => ({
  ok: true,
  value: { userName: 'deploy', status: 'Active', lastUsedDate: daysAgo(1), serviceName: 's3', ...overrides },
});

describe('secrets-leaked-access-key-inactive', () => {
  it('FAILs an active key, naming the user and its last use', () => {
    const [f] = leakedKeyFindings(looked(FAKE.accessKeyId, owner()), leaked(FAKE.accessKeyId));
    expect(f).toMatchObject({ status: 'FAIL', severity: 'critical', resourceArn: 'arn:aws:iam::111122223333:user/deploy' });
    expect(f?.reason).toBe(
      `Access key ${FAKE.accessKeyId} found in repo/.env:3 is an ACTIVE access key of IAM user deploy, last used ${daysAgo(1)} (s3).`,
    );
    const [never] = leakedKeyFindings(looked(FAKE.accessKeyId, owner({ lastUsedDate: null, serviceName: null })), leaked(FAKE.accessKeyId));
    expect(never?.reason).toMatch(/ACTIVE access key of IAM user deploy, never used\.$/);
  });

  it('names the pathed ARN of the owner when the users list has it', () => {
    const inv = buildInventory({
      iam: iamSection({
        users: { ok: true, value: [iamUser({ userName: 'deploy', arn: 'arn:aws:iam::111122223333:user/ci/deploy' })] },
        accessKeyLookups: { [FAKE.accessKeyId]: owner() },
      }),
    });
    expect(leakedKeyFindings(inv, leaked(FAKE.accessKeyId))[0]?.resourceArn).toBe('arn:aws:iam::111122223333:user/ci/deploy');
  });

  it('PASSes an inactive key of a user, and a key of no user when root has no keys', () => {
    expect(leakedKeyFindings(looked(FAKE.accessKeyId, owner({ status: 'Inactive' })), leaked(FAKE.accessKeyId))[0]).toMatchObject({
      status: 'PASS',
      reason: expect.stringContaining('is inactive'),
    });
    expect(leakedKeyFindings(looked(FAKE.accessKeyId2, { ok: true, value: null }), leaked(FAKE.accessKeyId2))[0]).toMatchObject({
      status: 'PASS',
      reason: expect.stringContaining('is not an access key of account 111122223333'),
    });
  });

  it('is UNKNOWN when the owner could not be read, the key was not looked up, or root has keys IAM does not list', () => {
    expect(leakedKeyFindings(looked(FAKE.accessKeyId, denied('iam:GetAccessKeyLastUsed')), leaked(FAKE.accessKeyId))[0]).toMatchObject({
      status: 'UNKNOWN',
      errors: [expect.objectContaining({ action: 'iam:GetAccessKeyLastUsed' })],
    });
    expect(leakedKeyFindings(buildInventory(), leaked(FAKE.accessKeyId))[0]).toMatchObject({
      status: 'UNKNOWN',
      reason: expect.stringContaining('was not looked up'),
    });
    expect(leakedKeyFindings(looked(FAKE.accessKeyId, owner({ status: null })), leaked(FAKE.accessKeyId))[0]).toMatchObject({
      status: 'UNKNOWN',
      reason: expect.stringContaining("that user's access key list does not hold it"),
    });
    const rootKeys = buildInventory({
      iam: iamSection({
        accountSummary: { ok: true, value: { accountMfaEnabled: 1, accountAccessKeysPresent: 1 } },
        accessKeyLookups: { [FAKE.accessKeyId2]: { ok: true, value: null } },
      }),
    });
    expect(leakedKeyFindings(rootKeys, leaked(FAKE.accessKeyId2))[0]).toMatchObject({
      status: 'UNKNOWN',
      reason: expect.stringContaining('root user has access keys'),
    });
    const { iam: _iam, ...withoutIam } = buildInventory();
    expect(leakedKeyFindings(withoutIam as ReturnType<typeof buildInventory>, leaked(FAKE.accessKeyId))[0]?.status).toBe('UNKNOWN');
  });

  it('PASSes a temporary (ASIA) key without a lookup', () => {
    expect(leakedKeyFindings(buildInventory(), leaked('ASIAIOSFODNN7EXAMPLE'))[0]?.status).toBe('PASS');
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
    const inv = looked(FAKE.accessKeyId, owner());
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
