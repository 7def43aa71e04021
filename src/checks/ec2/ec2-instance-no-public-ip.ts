import { defineCheck, eachRegional, fail, pass } from '../define-check.js';
import { isLive } from './lib/instances.js';

export const ec2InstanceNoPublicIp = defineCheck({
  id: 'ec2-instance-no-public-ip',
  title: 'EC2 instances do not have a public IPv4 address',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AwsEc2Instance',
  frameworks: { fsbp: ['EC2.9'], checklist: ['4.7'] },
  rationale:
    'An instance with a public IPv4 address is directly reachable from the internet whenever its security group or NACL allows it; serving traffic through a load balancer or NAT keeps the host itself private.',
  remediation: {
    summary:
      'Move the instance to a private subnet behind a load balancer or NAT gateway, or remove its public address (turn off the public IPv4 address of its primary network interface, or launch without --associate-public-ip-address; disassociate Elastic IPs).',
    cli: 'aws ec2 modify-network-interface-attribute --network-interface-id <primary-eni-id> --no-associate-public-ip-address ; aws ec2 disassociate-address --association-id <eip-association-id>',
    docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.ec2.regions, 'instances', 'ec2', (i) => {
      if (!isLive(i)) return undefined;
      return i.publicIpAddress
        ? fail(i, `EC2 instance ${i.instanceId} has public IPv4 address ${i.publicIpAddress}.`)
        : pass(i, `EC2 instance ${i.instanceId} has no public IPv4 address.`);
    }),
});
