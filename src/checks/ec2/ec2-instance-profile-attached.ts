import { defineCheck, eachRegional, fail, pass } from '../define-check.js';
import { isLive } from './lib/instances.js';

export const ec2InstanceProfileAttached = defineCheck({
  id: 'ec2-instance-profile-attached',
  title: 'EC2 instances use an IAM instance profile for AWS access',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AwsEc2Instance',
  frameworks: { 'cis-3.0': ['1.18'], checklist: ['1.16'] },
  rationale:
    'An instance without an instance profile can only call AWS with long-lived access keys stored on it, which leak with the disk, an AMI or a backup; role credentials are temporary and rotated automatically.',
  remediation: {
    summary:
      'Create an IAM role with the permissions the workload needs and attach it through an instance profile, then remove any access keys stored on the instance.',
    cli: 'aws ec2 associate-iam-instance-profile --instance-id <instance-id> --iam-instance-profile Name=<profile-name>',
    docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.ec2.regions, 'instances', 'ec2', (i) => {
      if (!isLive(i)) return undefined;
      return i.iamInstanceProfileArn
        ? pass(i, `EC2 instance ${i.instanceId} uses instance profile ${i.iamInstanceProfileArn}.`)
        : fail(i, `EC2 instance ${i.instanceId} (${i.state}) has no IAM instance profile.`);
    }),
});
