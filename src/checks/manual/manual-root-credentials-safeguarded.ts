import { accountRef, defineCheck, manual } from '../define-check.js';

/** No API can read this: reported as a MANUAL item with guidance so the report covers the whole checklist. */
export const manualRootCredentialsSafeguarded = defineCheck({
  id: 'manual-root-credentials-safeguarded',
  title: 'The root password is kept in a password manager and not shared',
  service: 'manual',
  severity: 'high',
  resourceType: 'AwsAccount',
  frameworks: { checklist: ['1.27'] },
  rationale:
    'The root user can do anything in the account, including closing it, and its password cannot be restricted by any policy; a shared or reused root password is a standing risk of takeover.',
  remediation: {
    summary:
      "Give the root user a long unique password stored only in the team's password manager or vault, limit who can retrieve it, and rotate it when someone with access leaves.",
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-best-practices.html',
  },
  reads: [],
  evaluate: (_inv, ctx) => [
    manual(
      accountRef(ctx),
      `Confirm that the root password of account ${ctx.accountId} is long, unique, stored only in a password manager or vault and not shared among people.`,
    ),
  ],
});
