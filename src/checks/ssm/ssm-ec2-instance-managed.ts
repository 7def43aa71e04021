import { defineCheck, eachRegional, fail, notApplicable, pass, unknown } from '../define-check.js';
import { managedNode } from './lib/managed-node.js';

export const ssmEc2InstanceManaged = defineCheck({
  id: 'ssm-ec2-instance-managed',
  title: 'Running EC2 instances are managed by AWS Systems Manager',
  service: 'ssm',
  severity: 'medium',
  resourceType: 'AwsEc2Instance',
  frameworks: { fsbp: ['SSM.1'], checklist: ['6.1'] },
  rationale:
    'Instances Systems Manager manages can be patched, inventoried and reached through Session Manager without open SSH or RDP ports. As Security Hub SSM.1 (AWS Config ec2-instance-managed-by-systems-manager), a running instance fails when it is not a managed node with a working SSM Agent (not listed by DescribeInstanceInformation, or its agent not online); stopped instances are not judged.',
  remediation: {
    summary:
      'Install and start SSM Agent (preinstalled on most AWS AMIs), give the instance a profile with AmazonSSMManagedInstanceCore (or turn on Default Host Management Configuration), and allow it to reach the Systems Manager endpoints.',
    cli: 'aws ec2 associate-iam-instance-profile --instance-id <instance-id> --iam-instance-profile Name=<profile-with-AmazonSSMManagedInstanceCore>',
    docs: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-setting-up-ec2.html',
  },
  reads: ['ec2', 'ssm'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.ec2.regions, 'instances', 'ec2', (instance, _data, region) => {
      if (instance.state === 'terminated' || instance.state === 'shutting-down') return undefined;
      if (instance.state !== 'running')
        return notApplicable(instance, `EC2 instance ${instance.instanceId} is ${instance.state}; SSM.1 judges running instances.`);
      const found = managedNode(inv.ssm, ctx, region, instance.instanceId);
      if (!found.ok) return unknown(instance, found.error);
      const node = found.value;
      if (!node) return fail(instance, `EC2 instance ${instance.instanceId} is not a Systems Manager managed node.`);
      return node.pingStatus === 'Online'
        ? pass(instance, `EC2 instance ${instance.instanceId} is managed by Systems Manager (agent online).`)
        : fail(
            instance,
            `EC2 instance ${instance.instanceId} is registered with Systems Manager but its agent is ${node.pingStatus ?? 'not reporting'}.`,
          );
    }),
});
