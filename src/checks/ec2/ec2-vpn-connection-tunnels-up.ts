import { defineCheck, eachRegional, fail, pass, undecided } from '../define-check.js';

export const ec2VpnConnectionTunnelsUp = defineCheck({
  id: 'ec2-vpn-connection-tunnels-up',
  title: 'Both tunnels of each Site-to-Site VPN connection are up',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AwsEc2VpnConnection',
  frameworks: { fsbp: ['EC2.20'] },
  rationale:
    'A Site-to-Site VPN connection has two tunnels so that one can carry traffic while the other is down for maintenance; with one tunnel down the connection has no redundancy left. As Security Hub EC2.20, a connection fails when either tunnel is not UP.',
  remediation: {
    summary: 'Find why the tunnel is down (customer gateway configuration, IKE/IPsec parameters, routing) and bring it up.',
    docs: 'https://docs.aws.amazon.com/vpn/latest/s2svpn/VPNTunnels.html',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.ec2.regions, 'vpnConnections', 'ec2', (v) => {
      if (v.state === 'deleted' || v.state === 'deleting') return undefined;
      if (v.tunnels.length === 0)
        return undecided(
          v,
          `Site-to-Site VPN connection ${v.vpnConnectionId} reports no tunnel telemetry (state ${v.state ?? 'unknown'}).`,
        );
      const down = v.tunnels.filter((t) => t.status !== 'UP');
      return down.length > 0
        ? fail(
            v,
            `Site-to-Site VPN connection ${v.vpnConnectionId} has ${down.length} of ${v.tunnels.length} tunnels not UP (${down.map((t) => `${t.outsideIpAddress ?? 'unknown address'} ${t.status ?? 'no status'}`).join(', ')}).`,
          )
        : pass(v, `Both tunnels of Site-to-Site VPN connection ${v.vpnConnectionId} are UP.`);
    }),
});
