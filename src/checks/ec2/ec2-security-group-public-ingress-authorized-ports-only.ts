import type { Ec2IpPermission } from '../../model/ec2.js';
import { defineCheck, eachRegional, fail, notApplicable, pass } from '../define-check.js';
import { describePorts, protocolKind, sgLabel, worldSources, type PortProtocol } from './lib/network.js';

/**
 * Whether a world-open permission stays within the authorised ports of its protocol. Like FSBP
 * EC2.18 (AWS Config rule vpc-sg-open-only-to-authorized-ports), TCP and UDP are judged each
 * against its own list (authorizedTcpPorts, authorizedUdpPorts): UDP 443 open to the world is
 * not covered by TCP 443 being authorised. An all-traffic rule opens every port of both.
 * ICMP and other port-less protocols are out of the rule's scope.
 */
function unauthorized(p: Ec2IpPermission, authorized: Readonly<Record<PortProtocol, ReadonlySet<number>>>): boolean {
  const kind = protocolKind(p.ipProtocol);
  if (kind === 'all') return true;
  if (kind === 'other') return false;
  const allowed = authorized[kind];
  const lo = p.fromPort === null || p.fromPort < 0 ? 0 : p.fromPort;
  const hi = p.toPort === null || p.toPort < 0 ? 65535 : p.toPort;
  if (hi - lo + 1 > allowed.size) return true;
  for (let port = lo; port <= hi; port++) if (!allowed.has(port)) return true;
  return false;
}

const portList = (ports: ReadonlySet<number>) => [...ports].sort((a, b) => a - b).join(', ') || 'none';

export const ec2SecurityGroupPublicIngressAuthorizedPortsOnly = defineCheck({
  id: 'ec2-security-group-public-ingress-authorized-ports-only',
  title: 'Security groups allow unrestricted ingress only on authorized ports',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AwsEc2SecurityGroup',
  frameworks: { fsbp: ['EC2.18'], checklist: ['4.3'] },
  rationale:
    'Every port open to 0.0.0.0/0 or ::/0 is attack surface; limiting world-open ingress to the ports the business serves publicly (by default 80 and 443) keeps everything else private.',
  remediation: {
    summary:
      'Remove or narrow ingress rules that open ports other than the authorized ones to 0.0.0.0/0 or ::/0, or add the port to authorizedPublicTcpPorts / authorizedPublicUdpPorts if it is meant to be public.',
    cli: "aws ec2 revoke-security-group-ingress --group-id <group-id> --protocol <tcp-or-udp> --port <port> --cidr 0.0.0.0/0 ; aws ec2 revoke-security-group-ingress --group-id <group-id> --ip-permissions 'IpProtocol=<tcp-or-udp>,FromPort=<port>,ToPort=<port>,Ipv6Ranges=[{CidrIpv6=::/0}]'",
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) => {
    const authorized = { tcp: new Set(ctx.settings.authorizedPublicTcpPorts), udp: new Set(ctx.settings.authorizedPublicUdpPorts) };
    const list = `TCP ${portList(authorized.tcp)}; UDP ${portList(authorized.udp)}`;
    return eachRegional(ctx, inv.ec2.regions, 'securityGroups', 'ec2', (sg) => {
      const open = sg.ipPermissions.filter((p) => worldSources(p, ['ipv4', 'ipv6']).length > 0);
      // The control judges only groups with ingress from 0.0.0.0/0 or ::/0; others are NOT_APPLICABLE.
      if (open.length === 0) return notApplicable(sg, `Security group ${sgLabel(sg)} has no ingress rule open to 0.0.0.0/0 or ::/0.`);
      const bad = open.flatMap((p) =>
        unauthorized(p, authorized) ? [`${describePorts(p)} from ${worldSources(p, ['ipv4', 'ipv6']).join(' and ')}`] : [],
      );
      return bad.length > 0
        ? fail(
            sg,
            `Security group ${sgLabel(sg)} allows unrestricted ingress outside the authorized ports (${list}): ${bad.slice(0, 5).join(', ')}${bad.length > 5 ? ` and ${bad.length - 5} more` : ''}.`,
          )
        : pass(sg, `Security group ${sgLabel(sg)} allows unrestricted ingress only on authorized ports (${list}).`);
    });
  },
});
