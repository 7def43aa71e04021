import { describe, expect, it } from 'vitest';
import { iamPrincipalManagedPoliciesUsed as check } from '../../../src/checks/iam/iam-principal-managed-policies-used.js';
import { buildInventory, denied, run, statusByArn } from '../../builders/index.js';
import { iamArn, iamGroup, iamRole, iamSection, scopedDoc } from '../../builders/iam.js';

const inline = [{ policyName: 'hand-written', policyDocument: scopedDoc() }];

describe('iam-principal-managed-policies-used', () => {
  it('passes groups and roles with managed policies only, skipping AWS-managed role paths', () => {
    const results = run(check, buildInventory());
    expect(results.every((r) => r.status === 'PASS')).toBe(true);
    expect(results.some((r) => r.resourceArn.includes('aws-service-role'))).toBe(false);
  });
  it('fails a group and a role with inline policies, but not an Identity Center role', () => {
    const results = run(
      check,
      buildInventory({
        iam: iamSection({
          groups: { ok: true, value: [iamGroup({ groupPolicyList: inline })] },
          roles: {
            ok: true,
            value: [
              iamRole({ rolePolicyList: inline }),
              iamRole({ roleName: 'AWSReservedSSO_Admin_abc', path: '/aws-reserved/sso.amazonaws.com/', rolePolicyList: inline }),
            ],
          },
        }),
      }),
    );
    expect(statusByArn(results)).toEqual({ [iamArn('group/developers')]: 'FAIL', [iamArn('role/app')]: 'FAIL' });
    expect(results[0]?.reason).toBe('IAM group developers has hand-written inline policies: hand-written.');
  });
  it('is unknown when the group list is denied', () => {
    const results = run(check, buildInventory({ iam: iamSection({ groups: denied('iam:GetAccountAuthorizationDetails') }) }));
    expect(results[0]?.status).toBe('UNKNOWN');
    expect(results[0]?.reason).toContain('iam:GetAccountAuthorizationDetails');
  });
});
