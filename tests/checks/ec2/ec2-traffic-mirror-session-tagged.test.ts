import { ec2TrafficMirrorSessionTagged as check } from '../../../src/checks/ec2/ec2-traffic-mirror-session-tagged.js';
import { ec2TaggedResource } from '../../builders/ec2.js';
import { describeTaggingControl } from './tagging-cases.js';

describeTaggingControl(check, {
  list: 'trafficMirrorSessions',
  label: 'Traffic mirror session tms-0a1b2c3d4e5f60001',
  action: 'ec2:DescribeTrafficMirrorSessions',
  make: (tags) => ec2TaggedResource('traffic-mirror-session', 'tms-0a1b2c3d4e5f60001', { tags }),
  recordedByOlderVersions: false,
});
