import { defineEc2TaggedCheck } from './lib/tagged.js';

export const ec2TrafficMirrorTargetTagged = defineEc2TaggedCheck({
  id: 'ec2-traffic-mirror-target-tagged',
  controlId: 'EC2.179',
  title: 'EC2 traffic mirror targets are tagged',
  resourceType: 'Other',
  noun: 'Traffic mirror target',
  action: 'ec2:DescribeTrafficMirrorTargets',
  docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html',
  select: (r) => r.trafficMirrorTargets,
  idOf: (x) => x.id,
  tagsOf: (x) => x.tags,
});
