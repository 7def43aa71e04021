import { defineEc2TaggedCheck } from './lib/tagged.js';

export const ec2InstanceTagged = defineEc2TaggedCheck({
  id: 'ec2-instance-tagged',
  controlId: 'EC2.38',
  title: 'EC2 instances are tagged',
  resourceType: 'AwsEc2Instance',
  noun: 'EC2 instance',
  action: 'ec2:DescribeInstances',
  docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html',
  select: (r) => r.instances,
  idOf: (x) => x.instanceId,
  tagsOf: (x) => x.tags,
  gone: (x) => x.state === 'terminated' || x.state === 'shutting-down',
});
