import { describe, expect, it } from 'vitest';
import { cloudtrailTrailCloudwatchLogsIntegrated as check } from '../../../src/checks/cloudtrail/cloudtrail-trail-cloudwatch-logs-integrated.js';
import { buildInventory, daysAgo, denied, ok, run } from '../../builders/index.js';
import { cloudTrailSection, cloudTrailTrail } from '../../builders/cloudtrail.js';

const one = (overrides: Parameters<typeof cloudTrailTrail>[0]) =>
  run(check, buildInventory({ cloudtrail: cloudTrailSection([cloudTrailTrail(overrides)]) }))[0];

describe('cloudtrail-trail-cloudwatch-logs-integrated (CloudTrail.5)', () => {
  it('passes trails with a log group', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
  });

  it('fails a trail without a log group', () => {
    const r = one({ cloudWatchLogsLogGroupArn: null });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('not configured to deliver to CloudWatch Logs');
  });

  it('passes a configured trail whose last delivery is old or unreadable: the control judges the configuration only', () => {
    expect(
      one({ status: ok({ isLogging: true, latestDeliveryTime: daysAgo(0), latestCloudWatchLogsDeliveryTime: daysAgo(2) }) })?.status,
    ).toBe('PASS');
    expect(one({ status: denied('cloudtrail:GetTrailStatus') })?.status).toBe('PASS');
  });

  it('is unknown when the trails could not be listed', () => {
    const [r] = run(
      check,
      buildInventory({
        cloudtrail: {
          trails: { 'eu-west-1': denied('cloudtrail:DescribeTrails'), 'us-east-1': denied('cloudtrail:DescribeTrails') },
        },
      }),
    );
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('cloudtrail:DescribeTrails');
  });
});
