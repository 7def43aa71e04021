import { defineCheck } from '../define-check.js';
import { ADMIN_PORTS } from './lib/network.js';
import { evaluateWorldPorts } from './lib/security-groups.js';

export const ec2SecurityGroupAdminPortsIpv6Restricted = defineCheck({
  id: 'ec2-security-group-admin-ports-ipv6-restricted',
  title: 'Security groups do not allow ingress from ::/0 to remote server administration ports',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AwsEc2SecurityGroup',
  frameworks: { fsbp: ['EC2.54'], 'cis-3.0': ['5.3'], checklist: ['4.1'] },
  rationale:
    'Remote administration ports (22 SSH, 3389 RDP) reachable from any IPv6 address are as exposed as IPv4-open ones, and IPv6 rules are easy to overlook when reviewing IPv4 ranges.',
  remediation: {
    summary:
      'Remove ingress rules that allow ports 22 or 3389 (or all traffic) from ::/0; allow administration only from trusted IPv6 ranges or use Session Manager.',
    cli: "aws ec2 revoke-security-group-ingress --group-id <group-id> --ip-permissions 'IpProtocol=tcp,FromPort=<port>,ToPort=<port>,Ipv6Ranges=[{CidrIpv6=::/0}]'",
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) => evaluateWorldPorts(inv.ec2, ctx, ADMIN_PORTS, ['ipv6'], 'remote administration ports 22/3389'),
});
