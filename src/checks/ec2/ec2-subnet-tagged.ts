import { defineEc2TaggedCheck } from './lib/tagged.js';

export const ec2SubnetTagged = defineEc2TaggedCheck({
  id: 'ec2-subnet-tagged',
  controlId: 'EC2.44',
  title: 'EC2 subnets are tagged',
  resourceType: 'AwsEc2Subnet',
  noun: 'Subnet',
  action: 'ec2:DescribeSubnets',
  docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html',
  select: (r) => r.subnets,
  idOf: (x) => x.subnetId,
  tagsOf: (x) => x.tags,
});
