import { describe, it, expect } from 'vitest';
import { ec2VpnConnectionLoggingEnabled as check } from '../../../src/checks/ec2/ec2-vpn-connection-logging-enabled.js';
import { ok } from '../../builders/index.js';
import { ec2VpnConnection } from '../../builders/ec2.js';
import { deniedEc2, inRegion, R, runWith } from './helpers.js';

const one = (o: Parameters<typeof ec2VpnConnection>[0]) =>
  inRegion(runWith(check, { vpnConnections: ok([ec2VpnConnection({ region: R, ...o })]) }));

describe('ec2-vpn-connection-logging-enabled', () => {
  it('passes when both tunnels log', () => {
    expect(one({})[0]).toMatchObject({
      status: 'PASS',
      reason: 'Site-to-Site VPN connection vpn-0a1b2c3d4e5f60001 logs all 2 tunnels to CloudWatch Logs.',
    });
  });
  it('fails when one tunnel does not log', () => {
    const tunnelLogging = [
      { outsideIpAddress: '203.0.113.1', logEnabled: true },
      { outsideIpAddress: '203.0.113.2', logEnabled: false },
    ];
    expect(one({ tunnelLogging })[0]).toMatchObject({
      status: 'FAIL',
      reason: 'Site-to-Site VPN connection vpn-0a1b2c3d4e5f60001 does not log 1 of 2 tunnels (203.0.113.2).',
    });
  });
  it('is undecided without tunnel options; UNKNOWN when denied', () => {
    expect(one({ tunnelLogging: [] })[0]?.status).toBe('UNKNOWN');
    expect(inRegion(runWith(check, { vpnConnections: deniedEc2('ec2:DescribeVpnConnections') }))[0]?.reason).toContain(
      'ec2:DescribeVpnConnections',
    );
  });
});
