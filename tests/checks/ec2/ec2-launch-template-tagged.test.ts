import { ec2LaunchTemplateTagged as check } from '../../../src/checks/ec2/ec2-launch-template-tagged.js';
import { ec2TaggedResource } from '../../builders/ec2.js';
import { describeTaggingControl } from './tagging-cases.js';

describeTaggingControl(check, {
  list: 'launchTemplates',
  label: 'Launch template lt-0a1b2c3d4e5f60001',
  action: 'ec2:DescribeLaunchTemplates',
  make: (tags) => ec2TaggedResource('launch-template', 'lt-0a1b2c3d4e5f60001', { tags }),
  recordedByOlderVersions: false,
});
