import { ec2TrafficMirrorFilterTagged as check } from '../../../src/checks/ec2/ec2-traffic-mirror-filter-tagged.js';
import { ec2TaggedResource } from '../../builders/ec2.js';
import { describeTaggingControl } from './tagging-cases.js';

describeTaggingControl(check, {
  list: 'trafficMirrorFilters',
  label: 'Traffic mirror filter tmf-0a1b2c3d4e5f60001',
  action: 'ec2:DescribeTrafficMirrorFilters',
  make: (tags) => ec2TaggedResource('traffic-mirror-filter', 'tmf-0a1b2c3d4e5f60001', { tags }),
  recordedByOlderVersions: false,
});
