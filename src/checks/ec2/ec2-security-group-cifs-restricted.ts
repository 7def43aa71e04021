import { defineCheck } from '../define-check.js';
import { evaluateWorldPorts } from './lib/security-groups.js';

/** CIS v5.0.0 5.1.2: port 445 (CIFS/SMB) never open to 0.0.0.0/0 or ::/0. */
export const ec2SecurityGroupCifsRestricted = defineCheck({
  id: 'ec2-security-group-cifs-restricted',
  title: 'Security groups do not allow ingress from 0.0.0.0/0 or ::/0 to port 445 (CIFS)',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AwsEc2SecurityGroup',
  frameworks: { 'cis-5.0': ['5.1.2'], checklist: ['4.2'] },
  rationale:
    'CIFS/SMB on port 445 exposed to the internet has carried wormable exploits (EternalBlue, WannaCry) and gives attackers direct access to file shares; it should be reachable only from trusted networks.',
  remediation: {
    summary:
      'Remove ingress rules that allow port 445 from 0.0.0.0/0 or ::/0; allow CIFS only from the CIDRs or security groups that need the share.',
    cli: "aws ec2 revoke-security-group-ingress --group-id <group-id> --protocol tcp --port 445 --cidr 0.0.0.0/0 ; aws ec2 revoke-security-group-ingress --group-id <group-id> --ip-permissions 'IpProtocol=tcp,FromPort=445,ToPort=445,Ipv6Ranges=[{CidrIpv6=::/0}]'",
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) => evaluateWorldPorts(inv.ec2, ctx, [445], ['ipv4', 'ipv6'], 'port 445 (CIFS)'),
});
