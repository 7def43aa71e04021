import { describe, expect, it } from 'vitest';
import { iamPasswordPolicyStrong as check } from '../../../src/checks/iam/iam-password-policy-strong.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { iamSection, strongPasswordPolicy } from '../../builders/iam.js';
import type { IamPasswordPolicy, IamSection } from '../../../src/model/iam.js';

const status = (passwordPolicy: IamSection['passwordPolicy']) => run(check, buildInventory({ iam: iamSection({ passwordPolicy }) }));
const weak = (o: Partial<IamPasswordPolicy>) => status({ ok: true, value: strongPasswordPolicy(o) });

describe('iam-password-policy-strong (FSBP IAM.7 default parameters)', () => {
  it('passes with every character class and 8 characters, ignoring reuse and expiry (no default for either)', () => {
    const [r] = weak({ minimumPasswordLength: 8, maxPasswordAge: null, expirePasswords: false, passwordReusePrevention: null });
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('The IAM password policy requires upper and lower case letters, numbers, symbols and at least 8 characters.');
  });
  it.each([
    [{ requireUppercaseCharacters: false }, 'upper case letters are not required'],
    [{ requireLowercaseCharacters: false }, 'lower case letters are not required'],
    [{ requireNumbers: false }, 'numbers are not required'],
    [{ requireSymbols: false }, 'symbols are not required'],
    [{ minimumPasswordLength: 7 }, 'the minimum length is 7 characters, fewer than 8'],
    [{ minimumPasswordLength: null }, 'the minimum length is 6 characters, fewer than 8'],
  ] as [Partial<IamPasswordPolicy>, string][])('fails when %o', (o, gap) => {
    const [r] = weak(o);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(`The IAM password policy falls short: ${gap}.`);
  });
  it('names every gap at once', () => {
    const [r] = weak({ requireSymbols: false, requireNumbers: false });
    expect(r?.reason).toBe('The IAM password policy falls short: numbers are not required; symbols are not required.');
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
