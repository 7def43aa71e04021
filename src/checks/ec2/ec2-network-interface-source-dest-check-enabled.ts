import { defineCheck, eachRegional, fail, pass, undecided } from '../define-check.js';

export const ec2NetworkInterfaceSourceDestCheckEnabled = defineCheck({
  id: 'ec2-network-interface-source-dest-check-enabled',
  title: 'User-managed network interfaces have source/destination checking enabled',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AwsEc2NetworkInterface',
  frameworks: { fsbp: ['EC2.180'] },
  rationale:
    'With source/destination checking off, an interface forwards traffic that is neither from nor to it, which only NAT or routing appliances need; on any other instance it lets a compromised host relay or spoof traffic. As Security Hub EC2.180, a user-managed interface fails when source/destination checking is disabled; interfaces AWS services manage (requester-managed) are not judged.',
  remediation: {
    summary: 'Enable source/destination checking unless the instance is a NAT or routing appliance.',
    cli: 'aws ec2 modify-network-interface-attribute --network-interface-id <eni-id> --source-dest-check',
    docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-eni.html#change_source_dest_check',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.ec2.regions, 'networkInterfaces', 'ec2', (n) => {
      if (n.requesterManaged) return undefined;
      if (n.sourceDestCheck === null) return undecided(n, `Network interface ${n.networkInterfaceId} reports no SourceDestCheck.`);
      return n.sourceDestCheck
        ? pass(n, `Network interface ${n.networkInterfaceId} has source/destination checking enabled.`)
        : fail(n, `Network interface ${n.networkInterfaceId} has source/destination checking disabled.`);
    }),
});
