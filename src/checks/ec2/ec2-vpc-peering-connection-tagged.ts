import { defineEc2TaggedCheck } from './lib/tagged.js';

export const ec2VpcPeeringConnectionTagged = defineEc2TaggedCheck({
  id: 'ec2-vpc-peering-connection-tagged',
  controlId: 'EC2.49',
  title: 'VPC peering connections are tagged',
  resourceType: 'AwsEc2VpcPeeringConnection',
  noun: 'VPC peering connection',
  action: 'ec2:DescribeVpcPeeringConnections',
  docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html',
  select: (r) => r.vpcPeeringConnections,
  idOf: (x) => x.id,
  tagsOf: (x) => x.tags,
  gone: (x) => x.state === 'deleted' || x.state === 'deleting' || x.state === 'rejected' || x.state === 'expired' || x.state === 'failed',
});
