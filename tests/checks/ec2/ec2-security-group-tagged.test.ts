import { ec2SecurityGroupTagged as check } from '../../../src/checks/ec2/ec2-security-group-tagged.js';
import { ec2SecurityGroup } from '../../builders/ec2.js';
import { describeTaggingControl } from './tagging-cases.js';

describeTaggingControl(check, {
  list: 'securityGroups',
  label: 'Security group sg-0a1b2c3d4e5f60001',
  action: 'ec2:DescribeSecurityGroups',
  make: (tags) => ec2SecurityGroup({ tags }),
  recordedByOlderVersions: true,
});
