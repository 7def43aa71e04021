import { defineEc2TaggedCheck } from './lib/tagged.js';

export const ec2TransitGatewayRouteTableTagged = defineEc2TaggedCheck({
  id: 'ec2-transit-gateway-route-table-tagged',
  controlId: 'EC2.34',
  title: 'EC2 transit gateway route tables are tagged',
  resourceType: 'Other',
  noun: 'Transit gateway route table',
  action: 'ec2:DescribeTransitGatewayRouteTables',
  docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html',
  select: (r) => r.transitGatewayRouteTables,
  idOf: (x) => x.id,
  tagsOf: (x) => x.tags,
  gone: (x) => x.state === 'deleted' || x.state === 'deleting',
});
