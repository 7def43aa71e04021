import { ec2TransitGatewayAttachmentTagged as check } from '../../../src/checks/ec2/ec2-transit-gateway-attachment-tagged.js';
import { ec2TaggedResource } from '../../builders/ec2.js';
import { describeTaggingControl } from './tagging-cases.js';

describeTaggingControl(check, {
  list: 'transitGatewayAttachments',
  label: 'Transit gateway attachment tgw-attach-0a1b2c3d4e5f60001',
  action: 'ec2:DescribeTransitGatewayAttachments',
  make: (tags) => ec2TaggedResource('transit-gateway-attachment', 'tgw-attach-0a1b2c3d4e5f60001', { tags }),
  recordedByOlderVersions: false,
  gone: { state: 'deleted' },
});
