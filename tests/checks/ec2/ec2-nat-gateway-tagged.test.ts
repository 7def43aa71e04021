import { ec2NatGatewayTagged as check } from '../../../src/checks/ec2/ec2-nat-gateway-tagged.js';
import { ec2TaggedResource } from '../../builders/ec2.js';
import { describeTaggingControl } from './tagging-cases.js';

describeTaggingControl(check, {
  list: 'natGateways',
  label: 'NAT gateway nat-0a1b2c3d4e5f60001',
  action: 'ec2:DescribeNatGateways',
  make: (tags) => ec2TaggedResource('natgateway', 'nat-0a1b2c3d4e5f60001', { tags }),
  recordedByOlderVersions: false,
  gone: { state: 'deleted' },
});
