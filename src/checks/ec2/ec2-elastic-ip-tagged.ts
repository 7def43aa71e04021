import { defineEc2TaggedCheck } from './lib/tagged.js';

export const ec2ElasticIpTagged = defineEc2TaggedCheck({
  id: 'ec2-elastic-ip-tagged',
  controlId: 'EC2.37',
  title: 'EC2 Elastic IP addresses are tagged',
  resourceType: 'AwsEc2Eip',
  noun: 'Elastic IP address',
  action: 'ec2:DescribeAddresses',
  docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html',
  select: (r) => r.addresses,
  idOf: (x) => x.publicIp ?? x.allocationId ?? '',
  tagsOf: (x) => x.tags,
});
