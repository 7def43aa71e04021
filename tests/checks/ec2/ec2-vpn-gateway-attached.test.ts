import { describe, it, expect } from 'vitest';
import { ec2VpnGatewayAttached as check } from '../../../src/checks/ec2/ec2-vpn-gateway-attached.js';
import { ok, statusByArn } from '../../builders/index.js';
import { ec2VpnGateway } from '../../builders/ec2.js';
import { deniedEc2, inRegion, R, runWith } from './helpers.js';

describe('ec2-vpn-gateway-attached', () => {
  it('passes for an attached gateway', () => {
    const g = ec2VpnGateway({ region: R });
    expect(statusByArn(runWith(check, { vpnGateways: ok([g]) }))[g.arn]).toBe('PASS');
  });

  it('fails for a gateway whose only attachment is detached', () => {
    const g = ec2VpnGateway({ region: R, vpcAttachments: [{ vpcId: 'vpc-1', state: 'detached' }] });
    const [r] = inRegion(runWith(check, { vpnGateways: ok([g]) }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('is not attached to any VPC');
  });

  it('skips deleted gateways', () => {
    expect(inRegion(runWith(check, { vpnGateways: ok([ec2VpnGateway({ region: R, state: 'deleted', vpcAttachments: [] })]) }))).toEqual([]);
  });

  it('is UNKNOWN naming the action when DescribeVpnGateways is denied', () => {
    const [r] = inRegion(runWith(check, { vpnGateways: deniedEc2('ec2:DescribeVpnGateways') }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ec2:DescribeVpnGateways');
  });
});
