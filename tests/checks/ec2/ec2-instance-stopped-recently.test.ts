import { describe, it, expect } from 'vitest';
import { ec2InstanceStoppedRecently as check, stoppedAt } from '../../../src/checks/ec2/ec2-instance-stopped-recently.js';
import { ok } from '../../builders/index.js';
import { ec2Instance } from '../../builders/ec2.js';
import { deniedEc2, inRegion, R, runWith } from './helpers.js';

// NOW is 2026-06-15T12:00:00Z.
const one = (o: Parameters<typeof ec2Instance>[0]) => inRegion(runWith(check, { instances: ok([ec2Instance({ region: R, ...o })]) }))[0];

describe('ec2-instance-stopped-recently', () => {
  it('passes running instances and instances stopped within 30 days', () => {
    expect(one({})).toMatchObject({ status: 'PASS', reason: 'EC2 instance i-0a1b2c3d4e5f60001 is running.' });
    expect(one({ state: 'stopped', stateTransitionReason: 'User initiated (2026-05-16 12:00:00 GMT)' })).toMatchObject({
      status: 'PASS',
      reason: 'EC2 instance i-0a1b2c3d4e5f60001 has been stopped since 2026-05-16T12:00:00.000Z (30 days), within 30 days.',
    });
  });
  it('fails an instance stopped for 30 days and one second', () => {
    expect(one({ state: 'stopped', stateTransitionReason: 'User initiated (2026-05-16 11:59:59 GMT)' })).toMatchObject({
      status: 'FAIL',
      reason: 'EC2 instance i-0a1b2c3d4e5f60001 has been stopped since 2026-05-16T11:59:59.000Z (30 days), more than 30 days.',
    });
  });
  it('is UNKNOWN when the stop time cannot be parsed strictly', () => {
    for (const reason of [null, 'User initiated', 'User initiated (2026-02-30 10:00:00 GMT)', 'User initiated (2026-05-16 25:00:00 GMT)']) {
      const r = one({ state: 'stopped', stateTransitionReason: reason });
      expect(r?.status, String(reason)).toBe('UNKNOWN');
      expect(r?.reason).toContain('holds no stop time');
    }
    expect(stoppedAt('Server.ScheduledStop (2026-01-02 03:04:05 GMT)')?.toISOString()).toBe('2026-01-02T03:04:05.000Z');
  });
  it('is UNKNOWN naming ec2:DescribeInstances when denied', () => {
    expect(inRegion(runWith(check, { instances: deniedEc2('ec2:DescribeInstances') }))[0]?.reason).toContain('ec2:DescribeInstances');
  });
});
