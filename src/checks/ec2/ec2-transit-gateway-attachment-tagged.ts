import { defineEc2TaggedCheck } from './lib/tagged.js';

export const ec2TransitGatewayAttachmentTagged = defineEc2TaggedCheck({
  id: 'ec2-transit-gateway-attachment-tagged',
  controlId: 'EC2.33',
  title: 'EC2 transit gateway attachments are tagged',
  resourceType: 'AwsEc2TransitGateway',
  noun: 'Transit gateway attachment',
  action: 'ec2:DescribeTransitGatewayAttachments',
  docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html',
  select: (r) => r.transitGatewayAttachments,
  idOf: (x) => x.id,
  tagsOf: (x) => x.tags,
  gone: (x) => x.state === 'deleted' || x.state === 'deleting',
});
