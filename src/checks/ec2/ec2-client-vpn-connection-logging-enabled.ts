import { defineCheck, eachRegional, fail, pass } from '../define-check.js';

export const ec2ClientVpnConnectionLoggingEnabled = defineCheck({
  id: 'ec2-client-vpn-connection-logging-enabled',
  title: 'Client VPN endpoints log client connections',
  service: 'ec2',
  severity: 'low',
  resourceType: 'AwsEc2ClientVpnEndpoint',
  frameworks: { fsbp: ['EC2.51'] },
  rationale:
    'Connection logs are the record of who connected to the network through the Client VPN, from where and when. As Security Hub EC2.51, an endpoint fails when ConnectionLogOptions.Enabled is false.',
  remediation: {
    summary: 'Turn on client connection logging to a CloudWatch Logs log group.',
    cli: 'aws ec2 modify-client-vpn-endpoint --client-vpn-endpoint-id <cvpn-endpoint-id> --connection-log-options Enabled=true,CloudwatchLogGroup=<log-group>',
    docs: 'https://docs.aws.amazon.com/vpn/latest/clientvpn-admin/connection-logging.html',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.ec2.regions, 'clientVpnEndpoints', 'ec2', (e) => {
      if (e.status === 'deleted' || e.status === 'deleting') return undefined;
      return e.connectionLogEnabled
        ? pass(e, `Client VPN endpoint ${e.clientVpnEndpointId} logs client connections.`)
        : fail(e, `Client VPN endpoint ${e.clientVpnEndpointId} has client connection logging disabled.`);
    }),
});
