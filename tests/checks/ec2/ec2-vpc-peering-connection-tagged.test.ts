import { ec2VpcPeeringConnectionTagged as check } from '../../../src/checks/ec2/ec2-vpc-peering-connection-tagged.js';
import { ec2TaggedResource } from '../../builders/ec2.js';
import { describeTaggingControl } from './tagging-cases.js';

describeTaggingControl(check, {
  list: 'vpcPeeringConnections',
  label: 'VPC peering connection pcx-0a1b2c3d4e5f60001',
  action: 'ec2:DescribeVpcPeeringConnections',
  make: (tags) => ec2TaggedResource('vpc-peering-connection', 'pcx-0a1b2c3d4e5f60001', { tags }),
  recordedByOlderVersions: false,
  gone: { state: 'deleted' },
});
