import { accountRef, defineCheck, manual } from '../define-check.js';

/** No API can read this: reported as a MANUAL item with guidance so the report covers the whole checklist. */
export const manualAccountSecurityQuestionsRegistered = defineCheck({
  id: 'manual-account-security-questions-registered',
  title: 'Security challenge questions are registered for the root user',
  service: 'manual',
  severity: 'medium',
  resourceType: 'AwsAccount',
  frameworks: { 'cis-3.0': ['1.3'], checklist: ['1.26'] },
  rationale:
    'Security challenge questions let AWS Support verify the owner when the root password or MFA device is lost; no API reports whether they are set.',
  remediation: {
    summary:
      "Sign in as the root user, open the Account page and register three security challenge questions; keep the answers in the team's password vault. Where the page no longer offers them, keep the root MFA and contact details current instead.",
    docs: 'https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-security-challenge.html',
  },
  reads: [],
  evaluate: (_inv, ctx) => [
    manual(
      accountRef(ctx),
      `Sign in as the root user of account ${ctx.accountId} and confirm that security challenge questions are registered where the Account page offers them, with the answers kept in a vault.`,
    ),
  ],
});
