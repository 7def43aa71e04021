import { defineEc2TaggedCheck } from './lib/tagged.js';

export const ec2NetworkInterfaceTagged = defineEc2TaggedCheck({
  id: 'ec2-network-interface-tagged',
  controlId: 'EC2.35',
  title: 'EC2 network interfaces are tagged',
  resourceType: 'AwsEc2NetworkInterface',
  noun: 'Network interface',
  action: 'ec2:DescribeNetworkInterfaces',
  docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html',
  select: (r) => r.networkInterfaces,
  idOf: (x) => x.networkInterfaceId,
  tagsOf: (x) => x.tags,
});
