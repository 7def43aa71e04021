import { accountRef, defineCheck, manual } from '../define-check.js';

/** No API can read this: reported as a MANUAL item with guidance so the report covers the whole checklist. */
export const manualSharedResponsibilityReviewed = defineCheck({
  id: 'manual-shared-responsibility-reviewed',
  title: 'The shared responsibility split has been reviewed for the services in use',
  service: 'manual',
  severity: 'low',
  resourceType: 'AwsAccount',
  frameworks: { checklist: ['7.1'] },
  rationale:
    'AWS secures the cloud itself, the customer secures what runs in it, and the line moves with each service (EC2 versus Lambda versus S3); controls fall through the gap when nobody knows which side owns them.',
  remediation: {
    summary:
      'For each service the account uses, list which security controls AWS operates and which the team must configure, and assign an owner to the latter.',
    docs: 'https://docs.aws.amazon.com/whitepapers/latest/aws-risk-and-compliance/shared-responsibility-model.html',
  },
  reads: [],
  evaluate: (_inv, ctx) => [
    manual(
      accountRef(ctx),
      `Confirm that the team has reviewed, for each service account ${ctx.accountId} uses, which security controls AWS operates and which ones the team must operate.`,
    ),
  ],
});
