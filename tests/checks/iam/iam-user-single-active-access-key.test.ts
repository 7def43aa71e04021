import { describe, expect, it } from 'vitest';
import { iamUserSingleActiveAccessKey as check } from '../../../src/checks/iam/iam-user-single-active-access-key.js';
import { buildInventory, denied, run, statusByArn } from '../../builders/index.js';
import { accessKey, iamArn, iamSection, iamUser } from '../../builders/iam.js';
import type { IamUser } from '../../../src/model/iam.js';

const withUsers = (...users: IamUser[]) => buildInventory({ iam: iamSection({ users: { ok: true, value: users } }) });

describe('iam-user-single-active-access-key', () => {
  it('passes one active key plus an inactive one', () => {
    const results = run(
      check,
      withUsers(iamUser({ accessKeys: { ok: true, value: [accessKey(), accessKey({ accessKeyId: 'AKIA2', status: 'Inactive' })] } })),
    );
    expect(statusByArn(results)).toEqual({ [iamArn('user/alice')]: 'PASS' });
  });
  it('fails two active keys', () => {
    const [r] = run(check, withUsers(iamUser({ accessKeys: { ok: true, value: [accessKey(), accessKey({ accessKeyId: 'AKIA2' })] } })));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('2 active access keys');
  });
  it('is unknown when ListAccessKeys is denied', () => {
    const [r] = run(check, withUsers(iamUser({ accessKeys: denied('iam:ListAccessKeys') })));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:ListAccessKeys');
  });
});
