import { describe, it, expect } from 'vitest';
import { ec2ClientVpnConnectionLoggingEnabled as check } from '../../../src/checks/ec2/ec2-client-vpn-connection-logging-enabled.js';
import { ok } from '../../builders/index.js';
import { ec2ClientVpnEndpoint } from '../../builders/ec2.js';
import { deniedEc2, inRegion, R, runWith } from './helpers.js';

const one = (o: Parameters<typeof ec2ClientVpnEndpoint>[0]) =>
  inRegion(runWith(check, { clientVpnEndpoints: ok([ec2ClientVpnEndpoint({ region: R, ...o })]) }));

describe('ec2-client-vpn-connection-logging-enabled', () => {
  it('passes an endpoint that logs connections', () => {
    expect(one({})[0]).toMatchObject({
      status: 'PASS',
      reason: 'Client VPN endpoint cvpn-endpoint-0a1b2c3d4e5f60001 logs client connections.',
    });
  });
  it('fails an endpoint with connection logging disabled', () => {
    expect(one({ connectionLogEnabled: false })[0]).toMatchObject({
      status: 'FAIL',
      reason: 'Client VPN endpoint cvpn-endpoint-0a1b2c3d4e5f60001 has client connection logging disabled.',
    });
  });
  it('is UNKNOWN naming ec2:DescribeClientVpnEndpoints when denied', () => {
    expect(inRegion(runWith(check, { clientVpnEndpoints: deniedEc2('ec2:DescribeClientVpnEndpoints') }))[0]?.reason).toContain(
      'ec2:DescribeClientVpnEndpoints',
    );
  });
});
