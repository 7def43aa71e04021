import { defineCheck } from '../define-check.js';
import { evaluateWorldPorts } from './lib/security-groups.js';

export const ec2SecurityGroupSshRestricted = defineCheck({
  id: 'ec2-security-group-ssh-restricted',
  title: 'Security groups do not allow ingress from 0.0.0.0/0 or ::/0 to port 22',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AwsEc2SecurityGroup',
  frameworks: { fsbp: ['EC2.13'], checklist: ['4.1'] },
  rationale:
    'SSH open to the whole internet invites brute-force and exploit attempts against every instance in the group; administrative access should come from known networks, a bastion or Session Manager.',
  remediation: {
    summary:
      'Remove the ingress rules that allow port 22 from 0.0.0.0/0 or ::/0 and allow only trusted CIDRs, or use AWS Systems Manager Session Manager instead of SSH.',
    cli: "aws ec2 revoke-security-group-ingress --group-id <group-id> --protocol tcp --port 22 --cidr 0.0.0.0/0 ; aws ec2 revoke-security-group-ingress --group-id <group-id> --ip-permissions 'IpProtocol=tcp,FromPort=22,ToPort=22,Ipv6Ranges=[{CidrIpv6=::/0}]'",
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
  },
  reads: ['ec2'],
  // Rules for all protocols (-1) or a TCP/UDP range including 22 count, for IPv4 and IPv6.
  evaluate: (inv, ctx) => evaluateWorldPorts(inv.ec2, ctx, [22], ['ipv4', 'ipv6'], 'port 22 (SSH)'),
});
