/**
 * Rule arithmetic shared by the security group and network ACL checks: which rules are open to
 * the whole internet, and which ports they cover.
 */
import type { Ec2IpPermission, Ec2NetworkAcl, Ec2NetworkAclEntry, Ec2SecurityGroup } from '../../../model/ec2.js';

export type IpFamily = 'ipv4' | 'ipv6';
export type PortProtocol = 'tcp' | 'udp';

/** Remote administration ports (CIS 5.1-5.3, FSBP EC2.21/EC2.53/EC2.54): SSH and RDP. */
export const ADMIN_PORTS: readonly number[] = [22, 3389];

/**
 * Any prefix of length 0 is the whole address space, whatever the address bits say
 * ("10.0.0.0/0" is 0.0.0.0/0).
 */
export function isWorldCidr(cidr: string | null | undefined, family: IpFamily): boolean {
  if (!cidr) return false;
  const [addr, len] = cidr.trim().split('/');
  if (len === undefined || Number(len) !== 0 || addr === undefined) return false;
  return family === 'ipv6' ? addr.includes(':') : addr.includes('.');
}

/**
 * Security group protocol as 'all', 'tcp', 'udp' or 'other'. AWS returns names for tcp, udp, icmp
 * and icmpv6 and numbers for the rest; '-1' means every protocol and every port
 * (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_IpPermission.html).
 */
export function protocolKind(protocol: string): 'all' | PortProtocol | 'other' {
  const p = protocol.trim().toLowerCase();
  if (p === '-1' || p === 'all') return 'all';
  if (p === 'tcp' || p === '6') return 'tcp';
  if (p === 'udp' || p === '17') return 'udp';
  return 'other';
}

/** Inclusive port range a TCP/UDP rule covers; a missing or -1 bound means all ports. */
function portBounds(from: number | null | undefined, to: number | null | undefined): [number, number] {
  const lo = from === null || from === undefined || from < 0 ? 0 : from;
  const hi = to === null || to === undefined || to < 0 ? 65535 : to;
  return [lo, hi];
}

/** Whether a security group permission lets TCP or UDP traffic to `port` through. */
export function permissionCoversPort(p: Ec2IpPermission, port: number): boolean {
  const kind = protocolKind(p.ipProtocol);
  if (kind === 'all') return true;
  if (kind === 'other') return false;
  const [lo, hi] = portBounds(p.fromPort, p.toPort);
  return lo <= port && port <= hi;
}

/** The world CIDRs (0.0.0.0/0 and/or ::/0) a permission admits, limited to `families`. */
export function worldSources(p: Ec2IpPermission, families: readonly IpFamily[]): string[] {
  return [
    ...(families.includes('ipv4') ? p.ipRanges.filter((c) => isWorldCidr(c, 'ipv4')) : []),
    ...(families.includes('ipv6') ? p.ipv6Ranges.filter((c) => isWorldCidr(c, 'ipv6')) : []),
  ];
}

/** "tcp 22", "tcp 0-65535", "all traffic", "udp 3389". */
export function describePorts(p: Ec2IpPermission): string {
  const kind = protocolKind(p.ipProtocol);
  if (kind === 'all') return 'all traffic';
  if (kind === 'other') return `protocol ${p.ipProtocol}`;
  const [lo, hi] = portBounds(p.fromPort, p.toPort);
  return lo === hi ? `${kind} ${lo}` : `${kind} ${lo}-${hi}`;
}

export interface WorldExposure {
  port: number;
  source: string;
  rule: string;
}

/**
 * Ingress permissions of a group that admit the internet (per `families`) to any of `ports`.
 * Security groups only allow, so any matching rule exposes the port; prefix lists and group
 * references are not the internet and are not counted.
 */
export function worldExposures(sg: Ec2SecurityGroup, ports: readonly number[], families: readonly IpFamily[]): WorldExposure[] {
  const out: WorldExposure[] = [];
  for (const p of sg.ipPermissions) {
    const sources = worldSources(p, families);
    if (sources.length === 0) continue;
    for (const port of ports) {
      if (!permissionCoversPort(p, port)) continue;
      for (const source of sources) out.push({ port, source, rule: describePorts(p) });
    }
  }
  return out;
}

/** Human summary of exposures: "22 (tcp 22 from 0.0.0.0/0), 3389 (all traffic from ::/0)". */
export function summarizeExposures(list: readonly WorldExposure[], limit = 5): string {
  const parts = list.map((e) => `${e.port} (${e.rule} from ${e.source})`);
  const unique = parts.filter((s, i) => parts.indexOf(s) === i);
  const shown = unique.slice(0, limit).join(', ');
  return unique.length > limit ? `${shown} and ${unique.length - limit} more` : shown;
}

export function sgLabel(sg: Ec2SecurityGroup): string {
  return sg.groupName && sg.groupName !== sg.groupId ? `${sg.groupName} (${sg.groupId})` : sg.groupId;
}

/** NACL protocol numbers as text ('6', '17', '-1'); names accepted too for hand-written inventories. */
function naclEntryCovers(e: Ec2NetworkAclEntry, protocol: PortProtocol, port: number): boolean {
  const kind = protocolKind(e.protocol);
  if (kind === 'all') return true;
  if (kind !== protocol) return false;
  // A TCP/UDP entry always has a port range on AWS; a missing one is read as "all ports".
  const [lo, hi] = portBounds(e.portRange?.from, e.portRange?.to);
  return lo <= port && port <= hi;
}

export interface NaclExposure {
  port: number;
  protocol: PortProtocol;
  source: string;
  ruleNumber: number;
}

/**
 * Ingress from the whole internet to `port` that the ACL lets through. Entries are evaluated in
 * ruleNumber order and the first match decides
 * (https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html), so a lower-numbered deny
 * for the whole internet shadows a later allow. Entries for narrower CIDRs neither expose the
 * port to everyone nor block everyone, so they are skipped.
 */
export function naclWorldExposures(acl: Ec2NetworkAcl, ports: readonly number[]): NaclExposure[] {
  const ingress = acl.entries.filter((e) => !e.egress).sort((a, b) => a.ruleNumber - b.ruleNumber);
  const out: NaclExposure[] = [];
  for (const family of ['ipv4', 'ipv6'] as const) {
    const world = ingress.filter((e) => isWorldCidr(family === 'ipv4' ? e.cidrBlock : e.ipv6CidrBlock, family));
    for (const port of ports) {
      for (const protocol of ['tcp', 'udp'] as const) {
        const first = world.find((e) => naclEntryCovers(e, protocol, port));
        if (first && first.ruleAction.toLowerCase() === 'allow') {
          out.push({
            port,
            protocol,
            source: (family === 'ipv4' ? first.cidrBlock : first.ipv6CidrBlock) ?? '',
            ruleNumber: first.ruleNumber,
          });
        }
      }
    }
  }
  return out;
}
