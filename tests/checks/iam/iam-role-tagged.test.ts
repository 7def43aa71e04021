import { describe, expect, it } from 'vitest';
import { iamRoleTagged as check } from '../../../src/checks/iam/iam-role-tagged.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { iamArn, iamRole, iamSection } from '../../builders/iam.js';
import type { IamRole } from '../../../src/model/iam.js';

const one = (o: Partial<IamRole>) => run(check, buildInventory({ iam: iamSection({ roles: { ok: true, value: [iamRole(o)] } }) }))[0];

describe('iam-role-tagged (Security Hub IAM.24)', () => {
  it('passes a role with a tag', () => {
    expect(one({})).toMatchObject({ status: 'PASS', resourceArn: iamArn('role/app'), reason: 'IAM role app is tagged with team.' });
  });
  it('fails a role without tags', () => {
    expect(one({ tags: {} })).toMatchObject({ status: 'FAIL', reason: 'IAM role app has no tags.' });
  });
  it('is not applicable to a service-linked role', () => {
    const r = one({ roleName: 'AWSServiceRoleForSupport', path: '/aws-service-role/support.amazonaws.com/', tags: {} });
    expect(r).toMatchObject({
      status: 'NOT_APPLICABLE',
      reason:
        'IAM role AWSServiceRoleForSupport is managed by AWS (path /aws-service-role/support.amazonaws.com/); the account does not tag it.',
    });
  });
  it('is unknown for an inventory written before tags were recorded', () => {
    const { tags: _omit, ...withoutTags } = iamRole();
    const [r] = run(check, buildInventory({ iam: iamSection({ roles: { ok: true, value: [withoutTags] } }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:GetAccountAuthorizationDetails');
  });
  it('is unknown when GetAccountAuthorizationDetails is denied', () => {
    const [r] = run(check, buildInventory({ iam: iamSection({ roles: denied('iam:GetAccountAuthorizationDetails') }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:GetAccountAuthorizationDetails');
  });
});
