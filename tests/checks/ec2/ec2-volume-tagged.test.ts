import { ec2VolumeTagged as check } from '../../../src/checks/ec2/ec2-volume-tagged.js';
import { ec2Volume } from '../../builders/ec2.js';
import { describeTaggingControl } from './tagging-cases.js';

describeTaggingControl(check, {
  list: 'volumes',
  label: 'EBS volume vol-0a1b2c3d4e5f60001',
  action: 'ec2:DescribeVolumes',
  make: (tags) => ec2Volume({ tags }),
  recordedByOlderVersions: true,
  gone: { state: 'deleted' },
});
