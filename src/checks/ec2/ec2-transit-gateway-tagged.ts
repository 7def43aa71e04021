import { defineEc2TaggedCheck } from './lib/tagged.js';

export const ec2TransitGatewayTagged = defineEc2TaggedCheck({
  id: 'ec2-transit-gateway-tagged',
  controlId: 'EC2.52',
  title: 'EC2 transit gateways are tagged',
  resourceType: 'AwsEc2TransitGateway',
  noun: 'Transit gateway',
  action: 'ec2:DescribeTransitGateways',
  docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html',
  select: (r) => r.transitGateways,
  idOf: (x) => x.transitGatewayId,
  tagsOf: (x) => x.tags,
  gone: (x) => x.state === 'deleted' || x.state === 'deleting',
});
