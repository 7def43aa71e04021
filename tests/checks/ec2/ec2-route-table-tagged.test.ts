import { ec2RouteTableTagged as check } from '../../../src/checks/ec2/ec2-route-table-tagged.js';
import { ec2RouteTable } from '../../builders/ec2.js';
import { describeTaggingControl } from './tagging-cases.js';

describeTaggingControl(check, {
  list: 'routeTables',
  label: 'Route table rtb-0a1b2c3d4e5f60001',
  action: 'ec2:DescribeRouteTables',
  make: (tags) => ec2RouteTable({ tags }),
  recordedByOlderVersions: true,
});
