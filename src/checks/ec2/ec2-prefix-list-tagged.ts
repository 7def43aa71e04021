import { defineEc2TaggedCheck } from './lib/tagged.js';

export const ec2PrefixListTagged = defineEc2TaggedCheck({
  id: 'ec2-prefix-list-tagged',
  controlId: 'EC2.176',
  title: 'EC2 prefix lists are tagged',
  resourceType: 'Other',
  noun: 'Prefix list',
  action: 'ec2:DescribeManagedPrefixLists',
  docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html',
  select: (r) => r.prefixLists,
  idOf: (x) => x.id,
  tagsOf: (x) => x.tags,
  gone: (x) => x.state === 'delete-complete' || x.state === 'delete-in-progress',
});
