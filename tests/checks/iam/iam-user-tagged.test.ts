import { describe, expect, it } from 'vitest';
import { iamUserTagged as check } from '../../../src/checks/iam/iam-user-tagged.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { iamArn, iamSection, iamUser } from '../../builders/iam.js';
import type { IamUser } from '../../../src/model/iam.js';

const one = (o: Partial<IamUser>) => run(check, buildInventory({ iam: iamSection({ users: { ok: true, value: [iamUser(o)] } }) }))[0];

describe('iam-user-tagged (Security Hub IAM.25)', () => {
  it('passes a user with a tag', () => {
    expect(one({})).toMatchObject({ status: 'PASS', resourceArn: iamArn('user/alice'), reason: 'IAM user alice is tagged with team.' });
  });
  it('fails a user without tags, or with only aws: system tags', () => {
    expect(one({ tags: {} })).toMatchObject({ status: 'FAIL', reason: 'IAM user alice has no tags.' });
    expect(one({ tags: { 'aws:cloudformation:stack-name': 's' } })?.reason).toBe(
      'IAM user alice has no tags other than 1 aws: system tag.',
    );
  });
  it('is unknown for an inventory written before tags were recorded', () => {
    const { tags: _omit, ...withoutTags } = iamUser();
    const [r] = run(check, buildInventory({ iam: iamSection({ users: { ok: true, value: [withoutTags] } }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:GetAccountAuthorizationDetails');
  });
  it('is unknown when GetAccountAuthorizationDetails is denied', () => {
    const [r] = run(check, buildInventory({ iam: iamSection({ users: denied('iam:GetAccountAuthorizationDetails') }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:GetAccountAuthorizationDetails');
  });
});
