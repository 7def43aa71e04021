import { defineCheck, eachRegional, fail, pass } from '../define-check.js';

export const ec2VpnGatewayAttached = defineCheck({
  id: 'ec2-vpn-gateway-attached',
  title: 'Virtual private gateways are attached to a VPC',
  service: 'ec2',
  severity: 'low',
  resourceType: 'Other',
  frameworks: { checklist: ['4.9'] },
  rationale:
    'A virtual private gateway left detached is an unused network entry point with VPN connections possibly still configured; removing it keeps the set of paths into the network to those in use.',
  remediation: {
    summary: 'Delete virtual private gateways that are not attached to a VPC (delete their VPN connections first).',
    cli: 'aws ec2 delete-vpn-gateway --vpn-gateway-id <vgw-id>',
    docs: 'https://docs.aws.amazon.com/vpn/latest/s2svpn/VPC_VPN.html',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.ec2.regions, 'vpnGateways', 'ec2', (g) => {
      if (g.state === 'deleted' || g.state === 'deleting') return undefined;
      const attached = g.vpcAttachments.filter((a) => a.state === 'attached' || a.state === 'attaching');
      return attached.length > 0
        ? pass(g, `Virtual private gateway ${g.vpnGatewayId} is attached to ${attached.map((a) => a.vpcId).join(', ')}.`)
        : fail(g, `Virtual private gateway ${g.vpnGatewayId} is not attached to any VPC.`);
    }),
});
