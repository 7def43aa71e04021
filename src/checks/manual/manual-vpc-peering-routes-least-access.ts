import { accountRef, defineCheck, manual } from '../define-check.js';

/**
 * CIS v3.0.0 5.5 / v5.0.0 5.6 are manual: whether a peering route is "least access" depends on
 * which hosts need to talk, which no API records. Reported as MANUAL with guidance.
 */
export const manualVpcPeeringRoutesLeastAccess = defineCheck({
  id: 'manual-vpc-peering-routes-least-access',
  title: 'Route tables for VPC peering are least access',
  service: 'manual',
  severity: 'medium',
  resourceType: 'AwsAccount',
  frameworks: { 'cis-3.0': ['5.5'], 'cis-5.0': ['5.6'], checklist: ['4.19'] },
  rationale:
    'A route to a peered VPC for a whole VPC CIDR lets every subnet reach every host on the other side; routing only the subnets or hosts that need the peering limits what a compromised host can reach.',
  remediation: {
    summary:
      'For each peering connection, review the routes that target it (aws ec2 describe-route-tables --filters Name=route.vpc-peering-connection-id,Values=<pcx-id>) and replace whole-VPC destinations with the narrowest CIDRs that need them.',
    cli: 'aws ec2 describe-route-tables --filters Name=route.vpc-peering-connection-id,Values=<pcx-id>',
    docs: 'https://docs.aws.amazon.com/vpc/latest/peering/peering-configurations-partial-access.html',
  },
  reads: [],
  evaluate: (_inv, ctx) => [
    manual(
      accountRef(ctx),
      `Review the routes to VPC peering connections in account ${ctx.accountId}: each should cover only the subnets or hosts that need the peer, not whole VPC CIDRs.`,
    ),
  ],
});
