import { describe, expect, it } from 'vitest';
import { Scheduler } from '../../src/collect/kit/scheduler.js';

/** How reads map onto token buckets: AWS throttles per account, region, service and (some) API. */
describe('token bucket keys', () => {
  const clock = { now: () => 0 };
  it('paces each account apart, so many accounts of an Organization can share one scheduler', () => {
    const s = new Scheduler({ concurrency: 4, clock });
    expect(s.bucket('s3:GetBucketPolicy', 'us-east-1', '111111111111')).not.toBe(
      s.bucket('s3:GetBucketPolicy', 'us-east-1', '222222222222'),
    );
    expect(s.bucket('s3:GetBucketPolicy', 'us-east-1', '111111111111')).toBe(s.bucket('s3:GetBucketAcl', 'us-east-1', '111111111111'));
  });
  it('keeps global services in one bucket per account, regional ones per region, per-API services per action', () => {
    const s = new Scheduler({ concurrency: 4, clock });
    expect(s.bucket('iam:ListRoles', 'us-east-1')).toBe(s.bucket('iam:ListRoles', 'eu-west-1'));
    expect(s.bucket('iam:ListRoles', 'us-east-1')).not.toBe(s.bucket('iam:ListUsers', 'us-east-1'));
    expect(s.bucket('sns:ListTopics', 'us-east-1')).not.toBe(s.bucket('sns:ListTopics', 'eu-west-1'));
    expect(s.bucket('ec2:DescribeVpcs', 'us-east-1')).not.toBe(s.bucket('ec2:DescribeInstances', 'us-east-1'));
  });
  it('applies overrides by service, and gives an API with its own override a bucket of its own', () => {
    const s = new Scheduler({
      concurrency: 4,
      clock,
      rateLimits: { sns: { ratePerSecond: 3, burst: 4 }, 'sns:GetTopicAttributes': { ratePerSecond: 7, burst: 9 } },
    });
    expect(s.bucket('sns:ListTopics', 'us-east-1').limit).toEqual({ ratePerSecond: 3, burst: 4 });
    expect(s.bucket('sns:ListSubscriptions', 'us-east-1')).toBe(s.bucket('sns:ListTopics', 'us-east-1'));
    const own = s.bucket('sns:GetTopicAttributes', 'us-east-1');
    expect(own.limit).toEqual({ ratePerSecond: 7, burst: 9 });
    expect(own).not.toBe(s.bucket('sns:ListTopics', 'us-east-1'));
  });
});
