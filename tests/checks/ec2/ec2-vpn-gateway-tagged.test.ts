import { ec2VpnGatewayTagged as check } from '../../../src/checks/ec2/ec2-vpn-gateway-tagged.js';
import { ec2VpnGateway } from '../../builders/ec2.js';
import { describeTaggingControl } from './tagging-cases.js';

describeTaggingControl(check, {
  list: 'vpnGateways',
  label: 'Virtual private gateway vgw-0a1b2c3d4e5f60001',
  action: 'ec2:DescribeVpnGateways',
  make: (tags) => ec2VpnGateway({ tags }),
  recordedByOlderVersions: true,
  gone: { state: 'deleted' },
});
