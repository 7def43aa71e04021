import { describe, expect, it } from 'vitest';
import { iamPasswordPolicyMinimumLength14 as check } from '../../../src/checks/iam/iam-password-policy-minimum-length-14.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { iamSection, strongPasswordPolicy } from '../../builders/iam.js';
import type { IamSection } from '../../../src/model/iam.js';

const status = (passwordPolicy: IamSection['passwordPolicy']) => run(check, buildInventory({ iam: iamSection({ passwordPolicy }) }));

describe('iam-password-policy-minimum-length-14', () => {
  it('passes at 14', () => {
    expect(status({ ok: true, value: strongPasswordPolicy() }).map((r) => r.status)).toEqual(['PASS']);
  });
  it('fails below 14', () => {
    const [r] = status({ ok: true, value: strongPasswordPolicy({ minimumPasswordLength: 8 }) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('only 8');
  });
  it('fails without a password policy (NoSuchEntity)', () => {
    const [r] = status({ ok: true, value: null });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('no IAM password policy');
  });
  it('is unknown when GetAccountPasswordPolicy is denied', () => {
    const [r] = status(denied('iam:GetAccountPasswordPolicy'));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:GetAccountPasswordPolicy');
  });
});
