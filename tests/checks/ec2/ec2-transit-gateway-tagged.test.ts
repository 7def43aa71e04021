import { ec2TransitGatewayTagged as check } from '../../../src/checks/ec2/ec2-transit-gateway-tagged.js';
import { ec2TransitGateway } from '../../builders/ec2.js';
import { describeTaggingControl } from './tagging-cases.js';

describeTaggingControl(check, {
  list: 'transitGateways',
  label: 'Transit gateway tgw-0a1b2c3d4e5f60001',
  action: 'ec2:DescribeTransitGateways',
  make: (tags) => ec2TransitGateway({ tags }),
  recordedByOlderVersions: false,
  gone: { state: 'deleted' },
});
