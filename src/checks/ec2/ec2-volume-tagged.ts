import { defineEc2TaggedCheck } from './lib/tagged.js';

export const ec2VolumeTagged = defineEc2TaggedCheck({
  id: 'ec2-volume-tagged',
  controlId: 'EC2.45',
  title: 'EBS volumes are tagged',
  resourceType: 'AwsEc2Volume',
  noun: 'EBS volume',
  action: 'ec2:DescribeVolumes',
  docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html',
  select: (r) => r.volumes,
  idOf: (x) => x.volumeId,
  tagsOf: (x) => x.tags,
  gone: (x) => x.state === 'deleted' || x.state === 'deleting',
});
