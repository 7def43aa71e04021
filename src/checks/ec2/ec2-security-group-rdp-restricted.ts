import { defineCheck } from '../define-check.js';
import { evaluateWorldPorts } from './lib/security-groups.js';

export const ec2SecurityGroupRdpRestricted = defineCheck({
  id: 'ec2-security-group-rdp-restricted',
  title: 'Security groups do not allow ingress from 0.0.0.0/0 or ::/0 to port 3389',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AwsEc2SecurityGroup',
  frameworks: { fsbp: ['EC2.14'], checklist: ['4.1'] },
  rationale:
    'RDP open to the whole internet is one of the most scanned and brute-forced services; a single weak password or unpatched host gives an attacker an interactive session.',
  remediation: {
    summary:
      'Remove the ingress rules that allow port 3389 from 0.0.0.0/0 or ::/0 and allow only trusted CIDRs, or use Fleet Manager / Session Manager port forwarding.',
    cli: "aws ec2 revoke-security-group-ingress --group-id <group-id> --protocol tcp --port 3389 --cidr 0.0.0.0/0 ; aws ec2 revoke-security-group-ingress --group-id <group-id> --ip-permissions 'IpProtocol=tcp,FromPort=3389,ToPort=3389,Ipv6Ranges=[{CidrIpv6=::/0}]'",
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) => evaluateWorldPorts(inv.ec2, ctx, [3389], ['ipv4', 'ipv6'], 'port 3389 (RDP)'),
});
