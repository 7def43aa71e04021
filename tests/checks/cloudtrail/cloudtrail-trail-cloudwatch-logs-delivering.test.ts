import { describe, expect, it } from 'vitest';
import { cloudtrailTrailCloudwatchLogsDelivering as check } from '../../../src/checks/cloudtrail/cloudtrail-trail-cloudwatch-logs-delivering.js';
import { buildInventory, daysAgo, denied, ok, run } from '../../builders/index.js';
import { cloudTrailSection, cloudTrailTrail } from '../../builders/cloudtrail.js';

const one = (overrides: Parameters<typeof cloudTrailTrail>[0]) =>
  run(check, buildInventory({ cloudtrail: cloudTrailSection([cloudTrailTrail(overrides)]) }))[0];

describe('cloudtrail-trail-cloudwatch-logs-delivering', () => {
  it('passes for trails that delivered within the last day', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
  });

  it('fails a trail without a log group', () => {
    const r = one({ cloudWatchLogsLogGroupArn: null });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('not configured to deliver to CloudWatch Logs');
  });

  it('fails a trail that never delivered to its log group', () => {
    const r = one({ status: ok({ isLogging: true, latestDeliveryTime: daysAgo(0), latestCloudWatchLogsDeliveryTime: null }) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('never delivered');
  });

  it('fails a trail whose last delivery is older than a day (relative to ctx.now)', () => {
    const r = one({ status: ok({ isLogging: true, latestDeliveryTime: daysAgo(0), latestCloudWatchLogsDeliveryTime: daysAgo(2) }) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('more than a day ago');
  });

  it('is unknown when GetTrailStatus was denied', () => {
    const r = one({ status: denied('cloudtrail:GetTrailStatus') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('cloudtrail:GetTrailStatus');
  });
});
