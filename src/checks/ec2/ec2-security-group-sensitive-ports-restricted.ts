import { defineCheck } from '../define-check.js';
import { HIGH_RISK_PORTS } from './ec2-security-group-high-risk-ports-restricted.js';
import { evaluateWorldPorts } from './lib/security-groups.js';

/**
 * Checklist row 4.2: EC2.19's ports and the data stores and control planes the row adds ("27017,
 * ...") because they are scanned for and breached as often: MongoDB 27017-27018, Redis 6379,
 * Memcached 11211, Cassandra 9042, CouchDB 5984, Elasticsearch/OpenSearch HTTP also on 9200
 * (already in EC2.19), Docker daemon 2375-2376, Kubernetes API 6443 and etcd 2379-2380.
 * A Bulwark judgment broader than EC2.19, so it carries no control ID.
 */
export const SENSITIVE_PORTS: readonly number[] = [
  ...HIGH_RISK_PORTS,
  2375,
  2376,
  2379,
  2380,
  5984,
  6379,
  6443,
  9042,
  11211,
  27017,
  27018,
].sort((a, b) => a - b);

export const ec2SecurityGroupSensitivePortsRestricted = defineCheck({
  id: 'ec2-security-group-sensitive-ports-restricted',
  title: 'Security groups do not allow unrestricted access to databases, caches and control-plane ports',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AwsEc2SecurityGroup',
  frameworks: { checklist: ['4.2'] },
  rationale:
    'Besides the ports of EC2.19, unauthenticated-by-default data stores (MongoDB, Redis, Memcached, CouchDB, Cassandra) and control planes (Docker, Kubernetes, etcd) are found and emptied within hours when reachable from the internet.',
  remediation: {
    summary:
      'Remove ingress rules that open these ports (or all traffic) to 0.0.0.0/0 or ::/0; allow only the networks that need them, or reach the service through a VPN or private endpoint.',
    cli: "aws ec2 revoke-security-group-ingress --group-id <group-id> --protocol tcp --port <port> --cidr 0.0.0.0/0 ; aws ec2 revoke-security-group-ingress --group-id <group-id> --ip-permissions 'IpProtocol=tcp,FromPort=<port>,ToPort=<port>,Ipv6Ranges=[{CidrIpv6=::/0}]'",
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) => evaluateWorldPorts(inv.ec2, ctx, SENSITIVE_PORTS, ['ipv4', 'ipv6'], 'database, cache or control-plane ports'),
});
