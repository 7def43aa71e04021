import { accountRef, defineCheck, manual } from '../define-check.js';

/** No API can read this: reported as a MANUAL item with guidance so the report covers the whole checklist. */
export const manualPasswordManagerUsed = defineCheck({
  id: 'manual-password-manager-used',
  title: 'People keep their AWS credentials in a password manager',
  service: 'manual',
  severity: 'medium',
  resourceType: 'AwsAccount',
  frameworks: { checklist: ['7.3'] },
  rationale:
    'Passwords reused across sites or kept in notes and chats leak with the weakest of those places; a password manager makes long unique passwords practical.',
  remediation: {
    summary:
      'Provide a team password manager and require it for AWS console passwords, MFA recovery codes and any long-lived secret people must hold.',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
  },
  reads: [],
  evaluate: (_inv, ctx) => [
    manual(
      accountRef(ctx),
      `Confirm that people with access to account ${ctx.accountId} keep their AWS passwords and recovery codes in a password manager rather than in files, notes or chats.`,
    ),
  ],
});
