import { defineCheck } from '../define-check.js';
import { ADMIN_PORTS } from './lib/network.js';
import { evaluateWorldPorts } from './lib/security-groups.js';

export const ec2SecurityGroupAdminPortsIpv4Restricted = defineCheck({
  id: 'ec2-security-group-admin-ports-ipv4-restricted',
  title: 'Security groups do not allow ingress from 0.0.0.0/0 to remote server administration ports',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AwsEc2SecurityGroup',
  frameworks: { fsbp: ['EC2.53'], 'cis-3.0': ['5.2'], checklist: ['4.1'] },
  rationale:
    'Remote administration ports (22 SSH, 3389 RDP) reachable from any IPv4 address expose instances to brute-force attacks and exploits of the administration service itself.',
  remediation: {
    summary:
      'Remove ingress rules that allow ports 22 or 3389 (or all traffic) from 0.0.0.0/0; allow administration only from trusted CIDRs or use Session Manager.',
    cli: "aws ec2 revoke-security-group-ingress --group-id <group-id> --ip-permissions 'IpProtocol=tcp,FromPort=<port>,ToPort=<port>,IpRanges=[{CidrIp=0.0.0.0/0}]'",
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) => evaluateWorldPorts(inv.ec2, ctx, ADMIN_PORTS, ['ipv4'], 'remote administration ports 22/3389'),
});
