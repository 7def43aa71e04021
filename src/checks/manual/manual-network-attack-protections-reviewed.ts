import { accountRef, defineCheck, manual } from '../define-check.js';

/** No API can read this: reported as a MANUAL item with guidance so the report covers the whole checklist. */
export const manualNetworkAttackProtectionsReviewed = defineCheck({
  id: 'manual-network-attack-protections-reviewed',
  title: 'Protection against denial of service, man-in-the-middle and port scanning has been reviewed',
  service: 'manual',
  severity: 'medium',
  resourceType: 'AwsAccount',
  frameworks: { checklist: ['4.20'] },
  rationale:
    'Whether internet-facing workloads survive a flood, keep traffic encrypted end to end and expose only intended ports depends on architecture choices no single API reveals.',
  remediation: {
    summary:
      'Review the internet-facing entry points: AWS Shield (Advanced where justified) and WAF rate-based rules, TLS on every hop, only intended ports open, and GuardDuty reconnaissance findings acted upon.',
    docs: 'https://docs.aws.amazon.com/whitepapers/latest/aws-best-practices-ddos-resiliency/welcome.html',
  },
  reads: [],
  evaluate: (_inv, ctx) => [
    manual(
      accountRef(ctx),
      `Review how the internet-facing workloads of account ${ctx.accountId} are protected against denial of service, man-in-the-middle attacks and port scanning.`,
    ),
  ],
});
