import { ec2CustomerGatewayTagged as check } from '../../../src/checks/ec2/ec2-customer-gateway-tagged.js';
import { ec2TaggedResource } from '../../builders/ec2.js';
import { describeTaggingControl } from './tagging-cases.js';

describeTaggingControl(check, {
  list: 'customerGateways',
  label: 'Customer gateway cgw-0a1b2c3d4e5f60001',
  action: 'ec2:DescribeCustomerGateways',
  make: (tags) => ec2TaggedResource('customer-gateway', 'cgw-0a1b2c3d4e5f60001', { tags }),
  recordedByOlderVersions: false,
  gone: { state: 'deleted' },
});
