import { accountRef, defineCheck, manual } from '../define-check.js';

/** No API can read this: reported as a MANUAL item with guidance so the report covers the whole checklist. */
export const manualWellArchitectedSecurityReview = defineCheck({
  id: 'manual-well-architected-security-review',
  title: 'Workloads have been reviewed against the Well-Architected security pillar',
  service: 'manual',
  severity: 'low',
  resourceType: 'AwsAccount',
  frameworks: { checklist: ['7.6'] },
  rationale:
    'The Well-Architected security pillar covers design questions (identity, detection, data protection, incident response) that configuration checks only partly see.',
  remediation: {
    summary:
      'Review each workload against the security pillar, for example in the AWS Well-Architected Tool, and track the high-risk issues it finds.',
    docs: 'https://docs.aws.amazon.com/wellarchitected/latest/security-pillar/welcome.html',
  },
  reads: [],
  evaluate: (_inv, ctx) => [
    manual(
      accountRef(ctx),
      `Confirm that the workloads of account ${ctx.accountId} have been reviewed against the Well-Architected Framework security pillar and that its high-risk issues are tracked.`,
    ),
  ],
});
