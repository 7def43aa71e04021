import { describe, expect, it } from 'vitest';
import { iamInlinePolicyNoFullAdmin as check } from '../../../src/checks/iam/iam-inline-policy-no-full-admin.js';
import { buildInventory, denied, run, statusByArn } from '../../builders/index.js';
import { ADMIN_STATEMENT, doc, iamArn, iamGroup, iamRole, iamSection, iamUser } from '../../builders/iam.js';

describe('iam-inline-policy-no-full-admin', () => {
  it('passes users, groups and roles without admin inline policies', () => {
    const results = run(check, buildInventory());
    expect(results.every((r) => r.status === 'PASS')).toBe(true);
    expect(results.map((r) => r.resourceType)).toContain('AwsIamGroup');
  });
  it('fails a user, a group and a role with an inline "*" on "*"', () => {
    const admin = [{ policyName: 'god-mode', policyDocument: doc(ADMIN_STATEMENT) }];
    const results = run(
      check,
      buildInventory({
        iam: iamSection({
          users: { ok: true, value: [iamUser({ userPolicyList: admin })] },
          groups: { ok: true, value: [iamGroup({ groupPolicyList: admin })] },
          roles: { ok: true, value: [iamRole({ rolePolicyList: admin }), iamRole({ roleName: 'other' })] },
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
      'IAM role app has inline policies allowing every action on every resource: god-mode.',
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
    expect(results.filter((r) => r.status === 'UNKNOWN')).toHaveLength(1);
    expect(results.find((r) => r.status === 'UNKNOWN')?.reason).toContain('iam:GetAccountAuthorizationDetails');
  });
});
