import { defineEc2TaggedCheck } from './lib/tagged.js';

export const ec2NatGatewayTagged = defineEc2TaggedCheck({
  id: 'ec2-nat-gateway-tagged',
  controlId: 'EC2.40',
  title: 'EC2 NAT gateways are tagged',
  resourceType: 'Other',
  noun: 'NAT gateway',
  action: 'ec2:DescribeNatGateways',
  docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html',
  select: (r) => r.natGateways,
  idOf: (x) => x.id,
  tagsOf: (x) => x.tags,
  gone: (x) => x.state === 'deleted' || x.state === 'deleting' || x.state === 'failed',
});
