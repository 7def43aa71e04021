import { defineCheck } from '../define-check.js';
import { evaluateWorldPorts } from './lib/security-groups.js';

/**
 * FSBP EC2.19's high-risk ports, exactly as the control lists them
 * (https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-19). Ports the
 * control does not list (MongoDB's 27017 of checklist row 4.2, among others) are judged by
 * ec2-security-group-sensitive-ports-restricted, so no EC2.19 finding names a port outside EC2.19.
 */
export const HIGH_RISK_PORTS: readonly number[] = [
  20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 3389, 4333, 5000, 5432, 5500, 5601, 8080, 8088, 8888, 9200, 9300,
];

export const ec2SecurityGroupHighRiskPortsRestricted = defineCheck({
  id: 'ec2-security-group-high-risk-ports-restricted',
  title: 'Security groups do not allow unrestricted access to high-risk ports',
  service: 'ec2',
  severity: 'critical',
  resourceType: 'AwsEc2SecurityGroup',
  frameworks: { fsbp: ['EC2.19'] },
  rationale:
    'Databases, file sharing, mail, remote shells and admin consoles on these ports are routinely scanned for and exploited; none of them should be reachable from the whole internet.',
  remediation: {
    summary:
      'Remove ingress rules that open high-risk ports (or all traffic) to 0.0.0.0/0 or ::/0; allow only the networks that need them, or put the service behind a load balancer or VPN.',
    cli: "aws ec2 revoke-security-group-ingress --group-id <group-id> --protocol tcp --port <port> --cidr 0.0.0.0/0 ; aws ec2 revoke-security-group-ingress --group-id <group-id> --ip-permissions 'IpProtocol=tcp,FromPort=<port>,ToPort=<port>,Ipv6Ranges=[{CidrIpv6=::/0}]'",
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) => evaluateWorldPorts(inv.ec2, ctx, HIGH_RISK_PORTS, ['ipv4', 'ipv6'], 'high-risk ports'),
});
