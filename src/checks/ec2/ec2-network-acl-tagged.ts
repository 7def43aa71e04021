import { defineEc2TaggedCheck } from './lib/tagged.js';

export const ec2NetworkAclTagged = defineEc2TaggedCheck({
  id: 'ec2-network-acl-tagged',
  controlId: 'EC2.41',
  title: 'EC2 network ACLs are tagged',
  resourceType: 'AwsEc2NetworkAcl',
  noun: 'Network ACL',
  action: 'ec2:DescribeNetworkAcls',
  docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html',
  select: (r) => r.networkAcls,
  idOf: (x) => x.networkAclId,
  tagsOf: (x) => x.tags,
});
