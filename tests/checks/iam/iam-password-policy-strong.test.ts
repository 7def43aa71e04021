import { describe, expect, it } from 'vitest';
import { iamPasswordPolicyStrong as check } from '../../../src/checks/iam/iam-password-policy-strong.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { iamSection, strongPasswordPolicy } from '../../builders/iam.js';
import type { IamPasswordPolicy, IamSection } from '../../../src/model/iam.js';

const status = (passwordPolicy: IamSection['passwordPolicy']) => run(check, buildInventory({ iam: iamSection({ passwordPolicy }) }));
const weak = (o: Partial<IamPasswordPolicy>) => status({ ok: true, value: strongPasswordPolicy(o) });

describe('iam-password-policy-strong', () => {
  it('passes with every character class and a 90-day expiry', () => {
    expect(weak({}).map((r) => r.status)).toEqual(['PASS']);
  });
  it.each([
    [{ requireUppercaseCharacters: false }, 'upper case'],
    [{ requireLowercaseCharacters: false }, 'lower case'],
    [{ requireNumbers: false }, 'numbers'],
    [{ requireSymbols: false }, 'symbols'],
    [{ minimumPasswordLength: 6 }, 'minimum length'],
    [{ maxPasswordAge: null, expirePasswords: false }, 'never expire'],
    [{ maxPasswordAge: 180 }, '180 days'],
  ] as const)('fails when %o', (o, text) => {
    const [r] = weak(o);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain(text);
  });
  it('fails without a password policy', () => {
    expect(status({ ok: true, value: null }).map((r) => r.status)).toEqual(['FAIL']);
  });
  it('is unknown when GetAccountPasswordPolicy is denied', () => {
    const [r] = status(denied('iam:GetAccountPasswordPolicy'));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:GetAccountPasswordPolicy');
  });
});
