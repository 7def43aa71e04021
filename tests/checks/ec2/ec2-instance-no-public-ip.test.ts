import { describe, it, expect } from 'vitest';
import { ec2InstanceNoPublicIp as check } from '../../../src/checks/ec2/ec2-instance-no-public-ip.js';
import { ok, statusByArn } from '../../builders/index.js';
import { ec2Instance } from '../../builders/ec2.js';
import { deniedEc2, inRegion, R, runWith } from './helpers.js';

describe('ec2-instance-no-public-ip', () => {
  it('passes without a public IPv4 address', () => {
    const i = ec2Instance({ region: R });
    expect(statusByArn(runWith(check, { instances: ok([i]) }))[i.arn]).toBe('PASS');
  });

  it('fails with a public IPv4 address', () => {
    const i = ec2Instance({ region: R, publicIpAddress: '203.0.113.10' });
    const [r] = inRegion(runWith(check, { instances: ok([i]) }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('203.0.113.10');
  });

  it('skips terminated instances', () => {
    expect(
      inRegion(runWith(check, { instances: ok([ec2Instance({ region: R, state: 'terminated', publicIpAddress: '203.0.113.10' })]) })),
    ).toEqual([]);
  });

  it('is UNKNOWN naming the action when DescribeInstances is denied', () => {
    const [r] = inRegion(runWith(check, { instances: deniedEc2('ec2:DescribeInstances') }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ec2:DescribeInstances');
  });
});
