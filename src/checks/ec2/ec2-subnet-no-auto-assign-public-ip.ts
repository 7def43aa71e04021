import { defineCheck, eachRegional, fail, notApplicable, pass } from '../define-check.js';

export const ec2SubnetNoAutoAssignPublicIp = defineCheck({
  id: 'ec2-subnet-no-auto-assign-public-ip',
  title: 'Subnets do not automatically assign public IPv4 addresses',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AwsEc2Subnet',
  frameworks: { fsbp: ['EC2.15'], checklist: ['4.7'] },
  rationale:
    'With MapPublicIpOnLaunch on, every instance launched in the subnet gets a public address unless someone remembers to opt out, so internal workloads end up reachable from the internet.',
  remediation: {
    summary:
      'Turn off auto-assignment of public IPv4 addresses on the subnet and assign public addresses (or Elastic IPs) only where deliberately needed.',
    cli: 'aws ec2 modify-subnet-attribute --subnet-id <subnet-id> --no-map-public-ip-on-launch',
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/subnet-public-ip.html',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.ec2.regions, 'subnets', 'ec2', (s) => {
      // A subnet shared with this account (VPC sharing) is listed here, but only its owner can
      // change the attribute; it is evaluated in the owner account:
      // https://docs.aws.amazon.com/vpc/latest/userguide/vpc-sharing.html
      if (s.ownerId && s.ownerId !== ctx.accountId) {
        return notApplicable(
          s,
          `Subnet ${s.subnetId} is owned by account ${s.ownerId} and shared with this account; it is evaluated in the owner account.`,
        );
      }
      return s.mapPublicIpOnLaunch
        ? fail(s, `Subnet ${s.subnetId}${s.defaultForAz ? ' (default subnet)' : ''} auto-assigns public IPv4 addresses.`)
        : pass(s, `Subnet ${s.subnetId} does not auto-assign public IPv4 addresses.`);
    }),
});
