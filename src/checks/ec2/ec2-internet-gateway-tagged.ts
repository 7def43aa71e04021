import { defineEc2TaggedCheck } from './lib/tagged.js';

export const ec2InternetGatewayTagged = defineEc2TaggedCheck({
  id: 'ec2-internet-gateway-tagged',
  controlId: 'EC2.39',
  title: 'EC2 internet gateways are tagged',
  resourceType: 'Other',
  noun: 'Internet gateway',
  action: 'ec2:DescribeInternetGateways',
  docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html',
  select: (r) => r.internetGateways,
  idOf: (x) => x.internetGatewayId,
  tagsOf: (x) => x.tags,
});
