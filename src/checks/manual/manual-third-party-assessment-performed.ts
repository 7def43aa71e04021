import { accountRef, defineCheck, manual } from '../define-check.js';

/** No API can read this: reported as a MANUAL item with guidance so the report covers the whole checklist. */
export const manualThirdPartyAssessmentPerformed = defineCheck({
  id: 'manual-third-party-assessment-performed',
  title: "An independent party has assessed the account's security",
  service: 'manual',
  severity: 'low',
  resourceType: 'AwsAccount',
  frameworks: { checklist: ['7.5'] },
  rationale: "An outside assessment (audit or penetration test) finds what the team's own tooling and assumptions miss.",
  remediation: {
    summary:
      "Commission an independent security assessment or penetration test of the workloads at least yearly, within AWS's penetration testing policy, and track its findings to closure.",
    docs: 'https://docs.aws.amazon.com/whitepapers/latest/aws-risk-and-compliance/welcome.html',
  },
  reads: [],
  evaluate: (_inv, ctx) => [
    manual(
      accountRef(ctx),
      `Confirm that an independent party has assessed the security of the workloads in account ${ctx.accountId} within the last year and that its findings are tracked.`,
    ),
  ],
});
