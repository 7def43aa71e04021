import { ec2NetworkInterfaceTagged as check } from '../../../src/checks/ec2/ec2-network-interface-tagged.js';
import { ec2NetworkInterface } from '../../builders/ec2.js';
import { describeTaggingControl } from './tagging-cases.js';

describeTaggingControl(check, {
  list: 'networkInterfaces',
  label: 'Network interface eni-0a1b2c3d4e5f60001',
  action: 'ec2:DescribeNetworkInterfaces',
  make: (tags) => ec2NetworkInterface({ tags }),
  recordedByOlderVersions: false,
});
