import { accountRef, defineCheck, manual } from '../define-check.js';

/** No API can read this: reported as a MANUAL item with guidance so the report covers the whole checklist. */
export const manualAccountContactDetailsCurrent = defineCheck({
  id: 'manual-account-contact-details-current',
  title: "The account's contact details are current and reach more than one person",
  service: 'manual',
  severity: 'medium',
  resourceType: 'AwsAccount',
  frameworks: { 'cis-3.0': ['1.1'], checklist: ['1.26'] },
  rationale:
    'AWS contacts the account owner by email and phone when it sees abuse or signs of compromise; if nobody answers, AWS may throttle or suspend the account to contain the activity.',
  remediation: {
    summary:
      'Point the primary contact and the root email address at a team alias and a phone line that several people answer, and review them whenever the team changes.',
    cli: 'aws account put-contact-information --contact-information FullName=<name>,AddressLine1=<address>,City=<city>,PostalCode=<postcode>,CountryCode=<CC>,PhoneNumber=<+1-555-0100>',
    docs: 'https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-contact-primary.html',
  },
  reads: [],
  evaluate: (_inv, ctx) => [
    manual(
      accountRef(ctx),
      `Confirm that the primary contact and root email address of account ${ctx.accountId} are current and reach a team alias and phone line rather than one person.`,
    ),
  ],
});
