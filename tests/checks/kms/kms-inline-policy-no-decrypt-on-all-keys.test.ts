import { describe, expect, it } from 'vitest';
import { kmsInlinePolicyNoDecryptOnAllKeys as check } from '../../../src/checks/kms/kms-inline-policy-no-decrypt-on-all-keys.js';
import { buildInventory, denied, run, statusByArn } from '../../builders/index.js';
import { doc, iamArn, iamGroup, iamRole, iamSection, iamUser } from '../../builders/iam.js';

const decryptAll = [
  { policyName: 'read-all', policyDocument: doc({ Sid: 'Read', Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }) },
];

describe('kms-inline-policy-no-decrypt-on-all-keys (FSBP KMS.2)', () => {
  it('passes users, groups and roles of the compliant account', () => {
    const results = run(check, buildInventory());
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.status === 'PASS')).toBe(true);
    expect(results.map((r) => r.resourceType)).toEqual(expect.arrayContaining(['AwsIamUser', 'AwsIamGroup', 'AwsIamRole']));
  });
  it('fails a user, a group and a role whose inline policy allows kms:Decrypt on "*"', () => {
    const scoped = [
      {
        policyName: 'one-key',
        policyDocument: doc({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:aws:kms:eu-west-1:123456789012:key/k' }),
      },
    ];
    const results = run(
      check,
      buildInventory({
        iam: iamSection({
          users: { ok: true, value: [iamUser({ userPolicyList: decryptAll })] },
          groups: { ok: true, value: [iamGroup({ groupPolicyList: decryptAll })] },
          roles: { ok: true, value: [iamRole({ rolePolicyList: decryptAll }), iamRole({ roleName: 'other', rolePolicyList: scoped })] },
        }),
      }),
    );
    expect(statusByArn(results)).toEqual({
      [iamArn('user/alice')]: 'FAIL',
      [iamArn('group/developers')]: 'FAIL',
      [iamArn('role/app')]: 'FAIL',
      [iamArn('role/other')]: 'PASS',
    });
    expect(results.find((r) => r.resourceArn === iamArn('role/app'))?.reason).toBe(
      'IAM role app has inline policies allowing decryption on all KMS keys: read-all (statement "Read" allows kms:Decrypt).',
    );
  });
  it('is unknown for a malformed inline document', () => {
    const [r] = run(
      check,
      buildInventory({
        iam: iamSection({
          users: {
            ok: true,
            value: [iamUser({ userPolicyList: [{ policyName: 'bad', policyDocument: { Statement: [{ Effect: 'Maybe' }] } }] })],
          },
          groups: { ok: true, value: [] },
          roles: { ok: true, value: [] },
        }),
      }),
    );
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:GetAccountAuthorizationDetails');
  });
  it('is unknown when the role list is denied', () => {
    const results = run(check, buildInventory({ iam: iamSection({ roles: denied('iam:GetAccountAuthorizationDetails') }) }));
    expect(results.filter((r) => r.status === 'UNKNOWN').map((r) => r.reason)).toEqual([
      expect.stringContaining('iam:GetAccountAuthorizationDetails'),
    ]);
  });
});
