import { ec2TrafficMirrorTargetTagged as check } from '../../../src/checks/ec2/ec2-traffic-mirror-target-tagged.js';
import { ec2TaggedResource } from '../../builders/ec2.js';
import { describeTaggingControl } from './tagging-cases.js';

describeTaggingControl(check, {
  list: 'trafficMirrorTargets',
  label: 'Traffic mirror target tmt-0a1b2c3d4e5f60001',
  action: 'ec2:DescribeTrafficMirrorTargets',
  make: (tags) => ec2TaggedResource('traffic-mirror-target', 'tmt-0a1b2c3d4e5f60001', { tags }),
  recordedByOlderVersions: false,
});
