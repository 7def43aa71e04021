import { ec2DhcpOptionsTagged as check } from '../../../src/checks/ec2/ec2-dhcp-options-tagged.js';
import { ec2TaggedResource } from '../../builders/ec2.js';
import { describeTaggingControl } from './tagging-cases.js';

describeTaggingControl(check, {
  list: 'dhcpOptions',
  label: 'DHCP option set dopt-0a1b2c3d4e5f60001',
  action: 'ec2:DescribeDhcpOptions',
  make: (tags) => ec2TaggedResource('dhcp-options', 'dopt-0a1b2c3d4e5f60001', { tags }),
  recordedByOlderVersions: false,
});
