import { defineEc2TaggedCheck } from './lib/tagged.js';

export const ec2CustomerGatewayTagged = defineEc2TaggedCheck({
  id: 'ec2-customer-gateway-tagged',
  controlId: 'EC2.36',
  title: 'EC2 customer gateways are tagged',
  resourceType: 'Other',
  noun: 'Customer gateway',
  action: 'ec2:DescribeCustomerGateways',
  docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html',
  select: (r) => r.customerGateways,
  idOf: (x) => x.id,
  tagsOf: (x) => x.tags,
  gone: (x) => x.state === 'deleted' || x.state === 'deleting',
});
