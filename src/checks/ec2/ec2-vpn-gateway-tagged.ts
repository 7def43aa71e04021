import { defineEc2TaggedCheck } from './lib/tagged.js';

export const ec2VpnGatewayTagged = defineEc2TaggedCheck({
  id: 'ec2-vpn-gateway-tagged',
  controlId: 'EC2.50',
  title: 'EC2 VPN gateways are tagged',
  resourceType: 'Other',
  noun: 'Virtual private gateway',
  action: 'ec2:DescribeVpnGateways',
  docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html',
  select: (r) => r.vpnGateways,
  idOf: (x) => x.vpnGatewayId,
  tagsOf: (x) => x.tags,
  gone: (x) => x.state === 'deleted' || x.state === 'deleting',
});
