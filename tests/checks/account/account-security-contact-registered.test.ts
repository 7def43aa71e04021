import { describe, it, expect } from 'vitest';
import { accountSecurityContactRegistered as check } from '../../../src/checks/account/account-security-contact-registered.js';
import { securityContact } from '../../builders/contacts.js';
import { ACCOUNT_ID, buildInventory, denied, ok, run } from '../../builders/index.js';

const ROOT = `arn:aws:iam::${ACCOUNT_ID}:root`;

describe('account-security-contact-registered', () => {
  it('passes when the security contact has an email address and phone number', () => {
    const results = run(check, buildInventory());
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ status: 'PASS', resourceArn: ROOT, region: 'global' });
  });

  it('fails when no security contact is set', () => {
    const [result] = run(check, buildInventory({ contacts: { securityContact: ok(null) } }));
    expect(result).toMatchObject({ status: 'FAIL', resourceArn: ROOT, reason: `Account ${ACCOUNT_ID} has no security alternate contact.` });
  });

  it('fails when the security contact lacks an email address or phone number', () => {
    const [result] = run(
      check,
      buildInventory({ contacts: { securityContact: ok(securityContact({ hasEmailAddress: false, hasPhoneNumber: false })) } }),
    );
    expect(result).toMatchObject({
      status: 'FAIL',
      reason: `The security alternate contact of account ${ACCOUNT_ID} has no email address and no phone number.`,
    });
  });

  it('is UNKNOWN when GetAlternateContact was denied, naming the action', () => {
    const [result] = run(check, buildInventory({ contacts: { securityContact: denied('account:GetAlternateContact') } }));
    expect(result?.status).toBe('UNKNOWN');
    expect(result?.reason).toContain('account:GetAlternateContact was denied');
  });
});
