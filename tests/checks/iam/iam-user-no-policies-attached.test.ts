import { describe, expect, it } from 'vitest';
import { iamUserNoPoliciesAttached as check } from '../../../src/checks/iam/iam-user-no-policies-attached.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { doc, iamSection, iamUser, scopedDoc } from '../../builders/iam.js';
import type { IamUser } from '../../../src/model/iam.js';

const one = (u: IamUser) => run(check, buildInventory({ iam: iamSection({ users: { ok: true, value: [u] } }) }))[0];

describe('iam-user-no-policies-attached', () => {
  it('passes a user with permissions only from groups', () => {
    expect(one(iamUser())?.status).toBe('PASS');
  });
  it('fails a user with a directly attached managed policy', () => {
    const r = one(
      iamUser({
        attachedManagedPolicies: [{ policyName: 'AdministratorAccess', policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }],
      }),
    );
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('managed AdministratorAccess');
  });
  it('fails a user with an inline policy', () => {
    const r = one(
      iamUser({
        userPolicyList: [
          { policyName: 'mine', policyDocument: doc() },
          { policyName: 'more', policyDocument: scopedDoc() },
        ],
      }),
    );
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('inline mine, more');
  });
  it('is unknown when GetAccountAuthorizationDetails is denied', () => {
    const [r] = run(check, buildInventory({ iam: iamSection({ users: denied('iam:GetAccountAuthorizationDetails') }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:GetAccountAuthorizationDetails');
  });
});
