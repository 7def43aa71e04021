import { defineCheck, eachRegional, fail, pass, undecided } from '../define-check.js';

export const ec2VpnConnectionLoggingEnabled = defineCheck({
  id: 'ec2-vpn-connection-logging-enabled',
  title: 'Site-to-Site VPN connections log both tunnels to CloudWatch Logs',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AwsEc2VpnConnection',
  frameworks: { fsbp: ['EC2.171'] },
  rationale:
    'Tunnel logs record IKE negotiation, dead peer detection and tunnel state changes, which are the evidence for both outages and attempts against the VPN endpoint. As Security Hub EC2.171, a connection fails unless CloudWatch Logs logging is enabled for both tunnels.',
  remediation: {
    summary: 'Enable CloudWatch Logs logging in the tunnel options of both tunnels.',
    cli: 'aws ec2 modify-vpn-tunnel-options --vpn-connection-id <vpn-id> --vpn-tunnel-outside-ip-address <ip> --tunnel-options LogOptions={CloudWatchLogOptions={LogEnabled=true,LogGroupArn=<log-group-arn>}}',
    docs: 'https://docs.aws.amazon.com/vpn/latest/s2svpn/monitoring-logs.html',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.ec2.regions, 'vpnConnections', 'ec2', (v) => {
      if (v.state === 'deleted' || v.state === 'deleting') return undefined;
      if (v.tunnelLogging.length === 0) return undecided(v, `Site-to-Site VPN connection ${v.vpnConnectionId} reports no tunnel options.`);
      const off = v.tunnelLogging.filter((t) => !t.logEnabled);
      return off.length > 0
        ? fail(
            v,
            `Site-to-Site VPN connection ${v.vpnConnectionId} does not log ${off.length} of ${v.tunnelLogging.length} tunnels (${off.map((t) => t.outsideIpAddress ?? 'unknown address').join(', ')}).`,
          )
        : pass(v, `Site-to-Site VPN connection ${v.vpnConnectionId} logs all ${v.tunnelLogging.length} tunnels to CloudWatch Logs.`);
    }),
});
