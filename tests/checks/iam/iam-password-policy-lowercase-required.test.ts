import { describe, expect, it } from 'vitest';
import { iamPasswordPolicyLowercaseRequired as check } from '../../../src/checks/iam/iam-password-policy-lowercase-required.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { iamSection, strongPasswordPolicy } from '../../builders/iam.js';
import type { IamPasswordPolicy, IamSection } from '../../../src/model/iam.js';

const status = (passwordPolicy: IamSection['passwordPolicy']) => run(check, buildInventory({ iam: iamSection({ passwordPolicy }) }));
const withPolicy = (o: Partial<IamPasswordPolicy>) => status({ ok: true, value: strongPasswordPolicy(o) });

describe('iam-password-policy-lowercase-required', () => {
  it('passes when the requirement holds, whatever the other settings', () => {
    const [r, ...rest] = withPolicy({
      requireUppercaseCharacters: false,
      requireSymbols: false,
      requireNumbers: false,
      minimumPasswordLength: 6,
      maxPasswordAge: null,
      passwordReusePrevention: null,
    });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('The IAM password policy requires at least one lower case letter.');
  });
  it.each([[{ requireLowercaseCharacters: false }, 'The IAM password policy falls short: lower case letters are not required.']] as [
    Partial<IamPasswordPolicy>,
    string,
  ][])('fails when %o', (o, reason) => {
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
