import { describe, expect, it } from 'vitest';
import { iamPasswordPolicyPciConfiguration as check } from '../../../src/checks/iam/iam-password-policy-pci-configuration.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { iamSection, strongPasswordPolicy } from '../../builders/iam.js';
import type { IamPasswordPolicy, IamSection } from '../../../src/model/iam.js';

const status = (passwordPolicy: IamSection['passwordPolicy']) => run(check, buildInventory({ iam: iamSection({ passwordPolicy }) }));
const withPolicy = (o: Partial<IamPasswordPolicy>) => status({ ok: true, value: strongPasswordPolicy(o) });

describe('iam-password-policy-pci-configuration', () => {
  it('passes when the requirement holds, whatever the other settings', () => {
    const [r, ...rest] = withPolicy({ requireSymbols: false, minimumPasswordLength: 7, passwordReusePrevention: 4, maxPasswordAge: 90 });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe(
      'The IAM password policy requires upper and lower case letters and numbers, at least 7 characters, remembers at least 4 passwords and expires them within 90 days.',
    );
  });
  it.each([
    [{ requireUppercaseCharacters: false }, 'The IAM password policy falls short: upper case letters are not required.'],
    [{ requireLowercaseCharacters: false }, 'The IAM password policy falls short: lower case letters are not required.'],
    [{ requireNumbers: false }, 'The IAM password policy falls short: numbers are not required.'],
    [{ minimumPasswordLength: 6 }, 'The IAM password policy falls short: the minimum length is 6 characters, fewer than 7.'],
    [{ passwordReusePrevention: 3 }, 'The IAM password policy falls short: only the last 3 passwords are remembered, fewer than 4.'],
    [{ passwordReusePrevention: null }, 'The IAM password policy falls short: password reuse is not prevented.'],
    [{ maxPasswordAge: 120 }, 'The IAM password policy falls short: passwords expire after 120 days, more than 90.'],
    [
      { requireNumbers: false, maxPasswordAge: null, expirePasswords: false },
      'The IAM password policy falls short: numbers are not required; passwords never expire.',
    ],
  ] as [Partial<IamPasswordPolicy>, string][])('fails when %o', (o, reason) => {
    const [r] = withPolicy(o);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(reason);
  });
  it('fails without a password policy', () => {
    const [r] = status({ ok: true, value: null });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('The account has no IAM password policy, so IAM enforces none of its requirements.');
  });
  it('is unknown when GetAccountPasswordPolicy is denied', () => {
    const [r] = status(denied('iam:GetAccountPasswordPolicy'));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:GetAccountPasswordPolicy');
  });
});
