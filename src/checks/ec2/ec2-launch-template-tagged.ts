import { defineEc2TaggedCheck } from './lib/tagged.js';

export const ec2LaunchTemplateTagged = defineEc2TaggedCheck({
  id: 'ec2-launch-template-tagged',
  controlId: 'EC2.175',
  title: 'EC2 launch templates are tagged',
  resourceType: 'AwsEc2LaunchTemplate',
  noun: 'Launch template',
  action: 'ec2:DescribeLaunchTemplates',
  docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html',
  select: (r) => r.launchTemplates,
  idOf: (x) => x.id,
  tagsOf: (x) => x.tags,
});
