import { defineEc2TaggedCheck } from './lib/tagged.js';

export const ec2TrafficMirrorFilterTagged = defineEc2TaggedCheck({
  id: 'ec2-traffic-mirror-filter-tagged',
  controlId: 'EC2.178',
  title: 'EC2 traffic mirror filters are tagged',
  resourceType: 'Other',
  noun: 'Traffic mirror filter',
  action: 'ec2:DescribeTrafficMirrorFilters',
  docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html',
  select: (r) => r.trafficMirrorFilters,
  idOf: (x) => x.id,
  tagsOf: (x) => x.tags,
});
