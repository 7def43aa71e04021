import { accountRef, defineCheck, fail, pass, unknown } from '../define-check.js';

export const accountSecurityContactRegistered = defineCheck({
  id: 'account-security-contact-registered',
  title: 'The account has a security alternate contact with an email address and phone number',
  service: 'account',
  severity: 'medium',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['Account.1'], 'cis-3.0': ['1.2'], checklist: ['1.24'] },
  rationale:
    'AWS sends abuse reports, compromise notices and security advisories to the security contact; without one they reach only the root email address, which is often an unmonitored mailbox.',
  remediation: {
    summary: 'Set the security alternate contact to a monitored team mailbox and phone line, not one person.',
    cli: 'aws account put-alternate-contact --alternate-contact-type SECURITY --name <team> --title <title> --email-address <security@example.com> --phone-number <+1-555-0100>',
    docs: 'https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-contact-alternate.html',
  },
  reads: ['contacts'],
  evaluate: (inv, ctx) => {
    const account = accountRef(ctx);
    const contact = inv.contacts.securityContact;
    if (!contact.ok) return [unknown(account, contact.error)];
    if (!contact.value) return [fail(account, `Account ${ctx.accountId} has no security alternate contact.`)];
    const missing = [
      contact.value.hasEmailAddress ? undefined : 'email address',
      contact.value.hasPhoneNumber ? undefined : 'phone number',
    ].filter((m): m is string => !!m);
    if (missing.length)
      return [fail(account, `The security alternate contact of account ${ctx.accountId} has no ${missing.join(' and no ')}.`)];
    return [pass(account, `Account ${ctx.accountId} has a security alternate contact with an email address and phone number.`)];
  },
});
