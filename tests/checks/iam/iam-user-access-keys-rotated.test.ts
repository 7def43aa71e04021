import { describe, expect, it } from 'vitest';
import { iamUserAccessKeysRotated as check } from '../../../src/checks/iam/iam-user-access-keys-rotated.js';
import { buildInventory, daysAgo, denied, run, statusByArn } from '../../builders/index.js';
import { accessKey, iamArn, iamSection, iamUser } from '../../builders/iam.js';
import type { IamUser } from '../../../src/model/iam.js';

const withUsers = (...users: IamUser[]) => buildInventory({ iam: iamSection({ users: { ok: true, value: users } }) });

describe('iam-user-access-keys-rotated', () => {
  it('passes recent keys and users without active keys; ignores old inactive keys', () => {
    const results = run(
      check,
      withUsers(
        iamUser(),
        iamUser({ userName: 'bob', accessKeys: { ok: true, value: [accessKey({ status: 'Inactive', createDate: daysAgo(500) })] } }),
      ),
    );
    expect(statusByArn(results)).toEqual({ [iamArn('user/alice')]: 'PASS', [iamArn('user/bob')]: 'PASS' });
  });
  it('fails an active key older than 90 days (moto cannot backdate CreateDate)', () => {
    const [r] = run(
      check,
      withUsers(iamUser({ accessKeys: { ok: true, value: [accessKey({ accessKeyId: 'AKIAOLD', createDate: daysAgo(91) })] } })),
    );
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('AKIAOLD (91 days)');
  });
  it('compares exact instants: a key 90 days and 20 hours old fails, one 89 days and 23 hours old passes', () => {
    const key = (days: number) =>
      withUsers(iamUser({ accessKeys: { ok: true, value: [accessKey({ accessKeyId: 'AKIAEDGE', createDate: daysAgo(days) })] } }));
    const [old] = run(check, key(90 + 20 / 24));
    expect(old?.status).toBe('FAIL');
    expect(old?.reason).toContain('AKIAEDGE (90 days 20 hours)');
    expect(run(check, key(89 + 23 / 24))[0]?.status).toBe('PASS');
  });
  it('is unknown, not passed, when a key has no readable CreateDate', () => {
    const [r] = run(
      check,
      withUsers(iamUser({ accessKeys: { ok: true, value: [accessKey({ accessKeyId: 'AKIAODD', createDate: 'not-a-date' })] } })),
    );
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('AKIAODD');
  });
  it('is unknown when ListAccessKeys is denied for a user', () => {
    const [r] = run(check, withUsers(iamUser({ accessKeys: denied('iam:ListAccessKeys') })));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:ListAccessKeys');
  });
  it('is unknown when the user list is denied', () => {
    const [r] = run(check, buildInventory({ iam: iamSection({ users: denied('iam:GetAccountAuthorizationDetails') }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:GetAccountAuthorizationDetails');
  });
});
