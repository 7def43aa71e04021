import { describe, it, expect } from 'vitest';
import { ec2VpnConnectionTunnelsUp as check } from '../../../src/checks/ec2/ec2-vpn-connection-tunnels-up.js';
import { ok } from '../../builders/index.js';
import { ec2VpnConnection } from '../../builders/ec2.js';
import { deniedEc2, inRegion, R, runWith } from './helpers.js';

const one = (o: Parameters<typeof ec2VpnConnection>[0]) =>
  inRegion(runWith(check, { vpnConnections: ok([ec2VpnConnection({ region: R, ...o })]) }));

describe('ec2-vpn-connection-tunnels-up', () => {
  it('passes when both tunnels are up', () => {
    expect(one({})[0]).toMatchObject({
      status: 'PASS',
      reason: 'Both tunnels of Site-to-Site VPN connection vpn-0a1b2c3d4e5f60001 are UP.',
    });
  });
  it('fails when one tunnel is down', () => {
    const tunnels = [
      { outsideIpAddress: '203.0.113.1', status: 'UP' },
      { outsideIpAddress: '203.0.113.2', status: 'DOWN' },
    ];
    expect(one({ tunnels })[0]).toMatchObject({
      status: 'FAIL',
      reason: 'Site-to-Site VPN connection vpn-0a1b2c3d4e5f60001 has 1 of 2 tunnels not UP (203.0.113.2 DOWN).',
    });
  });
  it('is undecided without telemetry, skips deleted connections, UNKNOWN when denied', () => {
    expect(one({ tunnels: [] })[0]?.status).toBe('UNKNOWN');
    expect(one({ state: 'deleted', tunnels: [] })).toEqual([]);
    expect(inRegion(runWith(check, { vpnConnections: deniedEc2('ec2:DescribeVpnConnections') }))[0]?.reason).toContain(
      'ec2:DescribeVpnConnections',
    );
  });
});
