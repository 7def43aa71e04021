import { defineEc2TaggedCheck } from './lib/tagged.js';

export const ec2VpcTagged = defineEc2TaggedCheck({
  id: 'ec2-vpc-tagged',
  controlId: 'EC2.46',
  title: 'VPCs are tagged',
  resourceType: 'AwsEc2Vpc',
  noun: 'VPC',
  action: 'ec2:DescribeVpcs',
  docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html',
  select: (r) => r.vpcs,
  idOf: (x) => x.vpcId,
  tagsOf: (x) => x.tags,
});
