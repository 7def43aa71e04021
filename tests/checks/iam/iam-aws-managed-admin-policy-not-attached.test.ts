import { describe, expect, it } from 'vitest';
import { iamAwsManagedAdminPolicyNotAttached as check } from '../../../src/checks/iam/iam-aws-managed-admin-policy-not-attached.js';
import { buildInventory, denied, run, statusByArn } from '../../builders/index.js';
import { ADMIN_STATEMENT, doc, iamManagedPolicy, iamSection } from '../../builders/iam.js';
import type { IamManagedPolicy } from '../../../src/model/iam.js';

const withPolicies = (...p: IamManagedPolicy[]) => run(check, buildInventory({ iam: iamSection({ policies: { ok: true, value: p } }) }));

describe('iam-aws-managed-admin-policy-not-attached', () => {
  it('passes attached AWS managed policies without full admin and ignores customer ones', () => {
    const results = withPolicies(
      iamManagedPolicy({ document: doc(ADMIN_STATEMENT) }),
      iamManagedPolicy({ policyName: 'ReadOnlyAccess', awsManaged: true }),
    );
    expect(statusByArn(results)).toEqual({ 'arn:aws:iam::aws:policy/ReadOnlyAccess': 'PASS' });
  });
  it('fails attached AdministratorAccess', () => {
    const [r] = withPolicies(
      iamManagedPolicy({ policyName: 'AdministratorAccess', awsManaged: true, attachmentCount: 3, document: doc(ADMIN_STATEMENT) }),
    );
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('attached to 3 identities');
  });
  it('ignores an AWS managed policy that is not attached', () => {
    expect(
      withPolicies(
        iamManagedPolicy({ policyName: 'AdministratorAccess', awsManaged: true, attachmentCount: 0, document: doc(ADMIN_STATEMENT) }),
      ),
    ).toEqual([]);
  });
  it('is unknown when the document is missing', () => {
    const [r] = withPolicies(iamManagedPolicy({ policyName: 'X', awsManaged: true, document: null }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:GetAccountAuthorizationDetails');
  });
  it('is unknown when GetAccountAuthorizationDetails is denied', () => {
    const [r] = run(check, buildInventory({ iam: iamSection({ policies: denied('iam:GetAccountAuthorizationDetails') }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:GetAccountAuthorizationDetails');
  });
});
