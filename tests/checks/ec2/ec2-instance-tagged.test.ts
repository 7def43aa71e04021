import { ec2InstanceTagged as check } from '../../../src/checks/ec2/ec2-instance-tagged.js';
import { ec2Instance } from '../../builders/ec2.js';
import { describeTaggingControl } from './tagging-cases.js';

describeTaggingControl(check, {
  list: 'instances',
  label: 'EC2 instance i-0a1b2c3d4e5f60001',
  action: 'ec2:DescribeInstances',
  make: (tags) => ec2Instance({ tags }),
  recordedByOlderVersions: true,
  gone: { state: 'terminated' },
});
