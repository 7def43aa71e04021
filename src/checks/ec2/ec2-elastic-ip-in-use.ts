import { defineCheck, eachRegional, fail, pass } from '../define-check.js';

export const ec2ElasticIpInUse = defineCheck({
  id: 'ec2-elastic-ip-in-use',
  title: 'Elastic IP addresses are associated with a resource',
  service: 'ec2',
  severity: 'low',
  resourceType: 'AwsEc2Eip',
  frameworks: { fsbp: ['EC2.12'] },
  rationale:
    'An Elastic IP that is allocated but not associated serves nothing, costs money and is an address the account keeps without owning what answers on it. As Security Hub EC2.12, an address passes while it is associated with an instance or network interface.',
  remediation: {
    summary: 'Release Elastic IP addresses that are not associated with anything.',
    cli: 'aws ec2 release-address --allocation-id <eipalloc-id>',
    docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/elastic-ip-addresses-eip.html',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.ec2.regions, 'addresses', 'ec2', (a) => {
      const name = `Elastic IP ${a.publicIp ?? a.allocationId ?? a.arn}`;
      const target = a.instanceId ?? a.networkInterfaceId;
      return a.associationId !== null || target !== null
        ? pass(a, `${name} is associated with ${target ?? a.associationId}.`)
        : fail(a, `${name} is not associated with any instance or network interface.`);
    }),
});
