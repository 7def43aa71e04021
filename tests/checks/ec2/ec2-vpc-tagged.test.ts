import { ec2VpcTagged as check } from '../../../src/checks/ec2/ec2-vpc-tagged.js';
import { ec2Vpc } from '../../builders/ec2.js';
import { describeTaggingControl } from './tagging-cases.js';

describeTaggingControl(check, {
  list: 'vpcs',
  label: 'VPC vpc-0a1b2c3d4e5f60001',
  action: 'ec2:DescribeVpcs',
  make: (tags) => ec2Vpc({ tags }),
  recordedByOlderVersions: true,
});
