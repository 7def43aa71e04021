import { accountRef, defineCheck, manual } from '../define-check.js';

/** No API can read this: reported as a MANUAL item with guidance so the report covers the whole checklist. */
export const manualAwsPhysicalSecurityAcknowledged = defineCheck({
  id: 'manual-aws-physical-security-acknowledged',
  title: "Physical security of the infrastructure is AWS's responsibility",
  service: 'manual',
  severity: 'informational',
  resourceType: 'AwsAccount',
  frameworks: { checklist: ['7.7'] },
  rationale:
    'AWS secures the data centres, hardware and network under every account and publishes independent audit reports of it in AWS Artifact; the customer has no control to configure there.',
  remediation: {
    summary:
      'No action is needed in the account; download the relevant AWS Artifact reports when an auditor asks for evidence of physical security.',
    docs: 'https://docs.aws.amazon.com/whitepapers/latest/aws-risk-and-compliance/shared-responsibility-model.html',
  },
  reads: [],
  evaluate: (_inv, ctx) => [
    manual(
      accountRef(ctx),
      `AWS operates the physical security of the data centres and hardware under account ${ctx.accountId}, as documented in its AWS Artifact audit reports, so no customer action is needed.`,
    ),
  ],
});
