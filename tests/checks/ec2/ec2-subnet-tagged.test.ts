import { ec2SubnetTagged as check } from '../../../src/checks/ec2/ec2-subnet-tagged.js';
import { ec2Subnet } from '../../builders/ec2.js';
import { describeTaggingControl } from './tagging-cases.js';

describeTaggingControl(check, {
  list: 'subnets',
  label: 'Subnet subnet-0a1b2c3d4e5f60001',
  action: 'ec2:DescribeSubnets',
  make: (tags) => ec2Subnet({ tags }),
  recordedByOlderVersions: true,
});
