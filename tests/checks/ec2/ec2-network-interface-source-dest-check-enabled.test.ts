import { describe, it, expect } from 'vitest';
import { ec2NetworkInterfaceSourceDestCheckEnabled as check } from '../../../src/checks/ec2/ec2-network-interface-source-dest-check-enabled.js';
import { ok } from '../../builders/index.js';
import { ec2NetworkInterface } from '../../builders/ec2.js';
import { deniedEc2, inRegion, R, runWith } from './helpers.js';

const one = (o: Parameters<typeof ec2NetworkInterface>[0]) =>
  inRegion(runWith(check, { networkInterfaces: ok([ec2NetworkInterface({ region: R, ...o })]) }));

describe('ec2-network-interface-source-dest-check-enabled', () => {
  it('passes an interface with the check on', () => {
    expect(one({})[0]).toMatchObject({
      status: 'PASS',
      reason: 'Network interface eni-0a1b2c3d4e5f60001 has source/destination checking enabled.',
    });
  });
  it('fails a user-managed interface with the check off, and does not judge requester-managed ones', () => {
    expect(one({ sourceDestCheck: false })[0]).toMatchObject({
      status: 'FAIL',
      reason: 'Network interface eni-0a1b2c3d4e5f60001 has source/destination checking disabled.',
    });
    expect(one({ sourceDestCheck: false, requesterManaged: true })).toEqual([]);
  });
  it('is UNKNOWN naming ec2:DescribeNetworkInterfaces when denied', () => {
    expect(inRegion(runWith(check, { networkInterfaces: deniedEc2('ec2:DescribeNetworkInterfaces') }))[0]?.reason).toContain(
      'ec2:DescribeNetworkInterfaces',
    );
  });
});
