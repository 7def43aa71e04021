import { describe, it, expect } from 'vitest';
import { ec2SecurityGroupPublicIngressAuthorizedPortsOnly as check } from '../../../src/checks/ec2/ec2-security-group-public-ingress-authorized-ports-only.js';
import { DEFAULT_SETTINGS } from '../../../src/evaluate/settings.js';
import { evalContext, ok, statusByArn } from '../../builders/index.js';
import { ec2IpPermission, ec2SecurityGroup, ec2WorldRule } from '../../builders/ec2.js';
import { deniedEc2, inRegion, R, runWith } from './helpers.js';

describe('ec2-security-group-public-ingress-authorized-ports-only', () => {
  it('passes for world-open 80 and 443, private 8080 and world-open ICMP', () => {
    const g = ec2SecurityGroup({
      region: R,
      ipPermissions: [
        ec2WorldRule('tcp', 80),
        ec2WorldRule('tcp', 443, 443, 'ipv6'),
        ec2IpPermission({ fromPort: 8080, toPort: 8080, ipRanges: ['10.0.0.0/8'] }),
        ec2WorldRule('icmp', -1, -1),
      ],
    });
    expect(statusByArn(runWith(check, { securityGroups: ok([g]) }))[g.arn]).toBe('PASS');
  });

  it('fails for a world-open port that is not authorized', () => {
    const g = ec2SecurityGroup({ region: R, ipPermissions: [ec2WorldRule('tcp', 8080)] });
    const [r] = inRegion(runWith(check, { securityGroups: ok([g]) }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('tcp 8080 from 0.0.0.0/0');
  });

  it('fails for a world-open range that only partly overlaps the authorized ports', () => {
    const g = ec2SecurityGroup({ region: R, ipPermissions: [ec2WorldRule('tcp', 80, 443)] });
    expect(statusByArn(runWith(check, { securityGroups: ok([g]) }))[g.arn]).toBe('FAIL');
  });

  it('fails for world-open all traffic', () => {
    const g = ec2SecurityGroup({ region: R, ipPermissions: [ec2WorldRule('-1', null, null, 'ipv6')] });
    expect(statusByArn(runWith(check, { securityGroups: ok([g]) }))[g.arn]).toBe('FAIL');
  });

  it('honours the TCP and UDP authorized ports from the settings', () => {
    const g = ec2SecurityGroup({ region: R, ipPermissions: [ec2WorldRule('tcp', 8080), ec2WorldRule('udp', 8080)] });
    const ctx = evalContext({ settings: { ...DEFAULT_SETTINGS, authorizedPublicTcpPorts: [8080], authorizedPublicUdpPorts: [8080] } });
    expect(statusByArn(runWith(check, { securityGroups: ok([g]) }, ctx))[g.arn]).toBe('PASS');
    const tcpOnly = evalContext({ settings: { ...DEFAULT_SETTINGS, authorizedPublicTcpPorts: [8080] } });
    expect(statusByArn(runWith(check, { securityGroups: ok([g]) }, tcpOnly))[g.arn]).toBe('FAIL');
  });

  it('judges each protocol on its own: UDP 443 open to the world fails although TCP 443 is authorized', () => {
    const g = ec2SecurityGroup({ region: R, ipPermissions: [ec2WorldRule('tcp', 443), ec2WorldRule('udp', 443)] });
    const [r] = inRegion(runWith(check, { securityGroups: ok([g]) }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('udp 443 from 0.0.0.0/0');
    expect(r?.reason).toContain('(TCP 80, 443; UDP none)');
  });

  it('is NOT_APPLICABLE for a group with no ingress open to the world, as the control documents', () => {
    const g = ec2SecurityGroup({ region: R, ipPermissions: [ec2IpPermission({ fromPort: 22, toPort: 22, ipRanges: ['10.0.0.0/8'] })] });
    expect(statusByArn(runWith(check, { securityGroups: ok([g]) }))[g.arn]).toBe('NOT_APPLICABLE');
  });

  it('is UNKNOWN naming the action when DescribeSecurityGroups is denied', () => {
    const [r] = inRegion(runWith(check, { securityGroups: deniedEc2('ec2:DescribeSecurityGroups') }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ec2:DescribeSecurityGroups');
  });
});
