import { defineEc2TaggedCheck } from './lib/tagged.js';

export const ec2SecurityGroupTagged = defineEc2TaggedCheck({
  id: 'ec2-security-group-tagged',
  controlId: 'EC2.43',
  title: 'EC2 security groups are tagged',
  resourceType: 'AwsEc2SecurityGroup',
  noun: 'Security group',
  action: 'ec2:DescribeSecurityGroups',
  docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html',
  select: (r) => r.securityGroups,
  idOf: (x) => x.groupId,
  tagsOf: (x) => x.tags,
});
