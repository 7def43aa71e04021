import { defineEc2TaggedCheck } from './lib/tagged.js';

export const ec2TrafficMirrorSessionTagged = defineEc2TaggedCheck({
  id: 'ec2-traffic-mirror-session-tagged',
  controlId: 'EC2.177',
  title: 'EC2 traffic mirror sessions are tagged',
  resourceType: 'Other',
  noun: 'Traffic mirror session',
  action: 'ec2:DescribeTrafficMirrorSessions',
  docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html',
  select: (r) => r.trafficMirrorSessions,
  idOf: (x) => x.id,
  tagsOf: (x) => x.tags,
});
