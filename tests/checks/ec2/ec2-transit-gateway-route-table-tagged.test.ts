import { ec2TransitGatewayRouteTableTagged as check } from '../../../src/checks/ec2/ec2-transit-gateway-route-table-tagged.js';
import { ec2TaggedResource } from '../../builders/ec2.js';
import { describeTaggingControl } from './tagging-cases.js';

describeTaggingControl(check, {
  list: 'transitGatewayRouteTables',
  label: 'Transit gateway route table tgw-rtb-0a1b2c3d4e5f60001',
  action: 'ec2:DescribeTransitGatewayRouteTables',
  make: (tags) => ec2TaggedResource('transit-gateway-route-table', 'tgw-rtb-0a1b2c3d4e5f60001', { tags }),
  recordedByOlderVersions: false,
  gone: { state: 'deleted' },
});
