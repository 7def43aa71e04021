import { defineEc2TaggedCheck } from './lib/tagged.js';

export const ec2DhcpOptionsTagged = defineEc2TaggedCheck({
  id: 'ec2-dhcp-options-tagged',
  controlId: 'EC2.174',
  title: 'EC2 DHCP option sets are tagged',
  resourceType: 'Other',
  noun: 'DHCP option set',
  action: 'ec2:DescribeDhcpOptions',
  docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html',
  select: (r) => r.dhcpOptions,
  idOf: (x) => x.id,
  tagsOf: (x) => x.tags,
});
