import { defineCheck, eachRegional, fail, pass, unknown } from '../define-check.js';

export const ec2InstanceSingleNetworkInterface = defineCheck({
  id: 'ec2-instance-single-network-interface',
  title: 'EC2 instances use a single network interface',
  service: 'ec2',
  severity: 'low',
  resourceType: 'AwsEc2Instance',
  frameworks: { fsbp: ['EC2.17'] },
  rationale:
    'An instance with several network interfaces can bridge subnets that were meant to stay apart, which makes its traffic paths hard to reason about. As Security Hub EC2.17 (no NetworkInterfaceIds allowed by default), an instance fails when it has more than one network interface.',
  remediation: {
    summary: 'Detach the extra network interfaces, or document the instance as an intended multi-homed appliance.',
    cli: 'aws ec2 detach-network-interface --attachment-id <eni-attach-id>',
    docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-eni.html',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.ec2.regions, 'instances', 'ec2', (i) => {
      if (i.state === 'terminated' || i.state === 'shutting-down') return undefined;
      if (i.networkInterfaceIds === null)
        return unknown(i, {
          action: 'ec2:DescribeInstances',
          kind: 'not-supported',
          target: i.arn,
          region: i.region,
          message: 'This inventory was collected by a Bulwark version that did not record instance network interfaces.',
        });
      const n = i.networkInterfaceIds.length;
      return n > 1
        ? fail(i, `EC2 instance ${i.instanceId} has ${n} network interfaces (${i.networkInterfaceIds.join(', ')}).`)
        : pass(i, `EC2 instance ${i.instanceId} has ${n === 1 ? 'one network interface' : 'no network interface'}.`);
    }),
});
