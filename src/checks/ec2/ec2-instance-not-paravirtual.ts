import { defineCheck, eachRegional, fail, pass, unknown } from '../define-check.js';

export const ec2InstanceNotParavirtual = defineCheck({
  id: 'ec2-instance-not-paravirtual',
  title: 'EC2 instances do not use paravirtual virtualization',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AwsEc2Instance',
  frameworks: { fsbp: ['EC2.24'] },
  rationale:
    'Paravirtual (PV) instances run on previous-generation instance types and AMIs that no longer get the platform security features of HVM (Nitro, enhanced networking, current kernels). As Security Hub EC2.24, an instance fails when its virtualization type is paravirtual.',
  remediation: {
    summary: 'Migrate the workload to an HVM AMI on a current-generation instance type.',
    docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/virtualization_types.html',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.ec2.regions, 'instances', 'ec2', (i) => {
      if (i.state === 'terminated' || i.state === 'shutting-down') return undefined;
      if (i.virtualizationType === null)
        return unknown(i, {
          action: 'ec2:DescribeInstances',
          kind: 'not-supported',
          target: i.arn,
          region: i.region,
          message: 'The virtualization type of this instance was not recorded (an older Bulwark inventory, or absent from the answer).',
        });
      return i.virtualizationType === 'paravirtual'
        ? fail(i, `EC2 instance ${i.instanceId} uses paravirtual virtualization.`)
        : pass(i, `EC2 instance ${i.instanceId} uses ${i.virtualizationType} virtualization.`);
    }),
});
