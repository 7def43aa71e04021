import { defineCheck, eachRegional, fail, pass } from '../define-check.js';

export const ec2TransitGatewayAutoAcceptDisabled = defineCheck({
  id: 'ec2-transit-gateway-auto-accept-disabled',
  title: 'Transit gateways do not automatically accept shared VPC attachments',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AwsEc2TransitGateway',
  frameworks: { fsbp: ['EC2.23'] },
  rationale:
    'With auto-accept on, any account the transit gateway is shared with can attach its VPC and route into every network behind the gateway without review. As Security Hub EC2.23, a transit gateway fails when AutoAcceptSharedAttachments is enabled.',
  remediation: {
    summary: 'Turn off automatic acceptance of shared attachments and accept attachment requests one by one.',
    cli: 'aws ec2 modify-transit-gateway --transit-gateway-id <tgw-id> --options AutoAcceptSharedAttachments=disable',
    docs: 'https://docs.aws.amazon.com/vpc/latest/tgw/tgw-transit-gateways.html',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.ec2.regions, 'transitGateways', 'ec2', (g) => {
      if (g.state === 'deleted' || g.state === 'deleting') return undefined;
      return g.autoAcceptSharedAttachments === 'enable'
        ? fail(g, `Transit gateway ${g.transitGatewayId} automatically accepts shared VPC attachments.`)
        : pass(
            g,
            `Transit gateway ${g.transitGatewayId} does not automatically accept shared VPC attachments (${g.autoAcceptSharedAttachments ?? 'disable, the default'}).`,
          );
    }),
});
