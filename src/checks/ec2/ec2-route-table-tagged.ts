import { defineEc2TaggedCheck } from './lib/tagged.js';

export const ec2RouteTableTagged = defineEc2TaggedCheck({
  id: 'ec2-route-table-tagged',
  controlId: 'EC2.42',
  title: 'EC2 route tables are tagged',
  resourceType: 'AwsEc2RouteTable',
  noun: 'Route table',
  action: 'ec2:DescribeRouteTables',
  docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html',
  select: (r) => r.routeTables,
  idOf: (x) => x.routeTableId,
  tagsOf: (x) => x.tags,
});
