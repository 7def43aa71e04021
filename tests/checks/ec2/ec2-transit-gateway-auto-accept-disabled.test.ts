import { describe, it, expect } from 'vitest';
import { ec2TransitGatewayAutoAcceptDisabled as check } from '../../../src/checks/ec2/ec2-transit-gateway-auto-accept-disabled.js';
import { ok } from '../../builders/index.js';
import { ec2TransitGateway } from '../../builders/ec2.js';
import { deniedEc2, inRegion, R, runWith } from './helpers.js';

const one = (o: Parameters<typeof ec2TransitGateway>[0]) =>
  inRegion(runWith(check, { transitGateways: ok([ec2TransitGateway({ region: R, ...o })]) }));

describe('ec2-transit-gateway-auto-accept-disabled', () => {
  it('passes a gateway that does not auto-accept', () => {
    expect(one({})[0]).toMatchObject({
      status: 'PASS',
      reason: 'Transit gateway tgw-0a1b2c3d4e5f60001 does not automatically accept shared VPC attachments (disable).',
    });
  });
  it('fails a gateway that auto-accepts', () => {
    expect(one({ autoAcceptSharedAttachments: 'enable' })[0]).toMatchObject({
      status: 'FAIL',
      reason: 'Transit gateway tgw-0a1b2c3d4e5f60001 automatically accepts shared VPC attachments.',
    });
  });
  it('skips deleted gateways; UNKNOWN when denied', () => {
    expect(one({ state: 'deleted', autoAcceptSharedAttachments: 'enable' })).toEqual([]);
    expect(inRegion(runWith(check, { transitGateways: deniedEc2('ec2:DescribeTransitGateways') }))[0]?.reason).toContain(
      'ec2:DescribeTransitGateways',
    );
  });
});
