import { defineCheck, eachRegional, fail, pass } from '../define-check.js';

export const ec2InternetGatewayAttached = defineCheck({
  id: 'ec2-internet-gateway-attached',
  title: 'Internet gateways are attached to a VPC',
  service: 'ec2',
  severity: 'low',
  resourceType: 'Other',
  frameworks: { checklist: ['4.9'] },
  rationale:
    'A detached internet gateway serves no traffic but can be attached to any VPC in a single call, opening a path to the internet that no one reviewed; unused gateways should be removed.',
  remediation: {
    summary: 'Delete internet gateways that are not attached to a VPC.',
    cli: 'aws ec2 delete-internet-gateway --internet-gateway-id <igw-id>',
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.ec2.regions, 'internetGateways', 'ec2', (g) => {
      // An attached internet gateway reports State "available" (not "attached") on its attachment.
      const attached = g.attachments.filter((a) => a.state !== 'detached' && a.state !== 'detaching');
      return attached.length > 0
        ? pass(g, `Internet gateway ${g.internetGatewayId} is attached to ${attached.map((a) => a.vpcId).join(', ')}.`)
        : fail(g, `Internet gateway ${g.internetGatewayId} is not attached to any VPC.`);
    }),
});
