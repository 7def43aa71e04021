import { ec2InternetGatewayTagged as check } from '../../../src/checks/ec2/ec2-internet-gateway-tagged.js';
import { ec2InternetGateway } from '../../builders/ec2.js';
import { describeTaggingControl } from './tagging-cases.js';

describeTaggingControl(check, {
  list: 'internetGateways',
  label: 'Internet gateway igw-0a1b2c3d4e5f60001',
  action: 'ec2:DescribeInternetGateways',
  make: (tags) => ec2InternetGateway({ tags }),
  recordedByOlderVersions: true,
});
