import { describe, it, expect } from 'vitest';
import { ec2InternetGatewayAttached as check } from '../../../src/checks/ec2/ec2-internet-gateway-attached.js';
import { ok, statusByArn } from '../../builders/index.js';
import { ec2InternetGateway } from '../../builders/ec2.js';
import { deniedEc2, inRegion, R, runWith } from './helpers.js';

describe('ec2-internet-gateway-attached', () => {
  it('passes for an attached gateway (attachment state "available")', () => {
    const g = ec2InternetGateway({ region: R });
    expect(statusByArn(runWith(check, { internetGateways: ok([g]) }))[g.arn]).toBe('PASS');
  });

  it('fails for a gateway without attachments', () => {
    const g = ec2InternetGateway({ region: R, attachments: [] });
    const [r] = inRegion(runWith(check, { internetGateways: ok([g]) }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('is not attached to any VPC');
  });

  it('fails for a gateway that is detaching', () => {
    const g = ec2InternetGateway({ region: R, attachments: [{ vpcId: 'vpc-1', state: 'detaching' }] });
    expect(statusByArn(runWith(check, { internetGateways: ok([g]) }))[g.arn]).toBe('FAIL');
  });

  it('is UNKNOWN naming the action when DescribeInternetGateways is denied', () => {
    const [r] = inRegion(runWith(check, { internetGateways: deniedEc2('ec2:DescribeInternetGateways') }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ec2:DescribeInternetGateways');
  });
});
