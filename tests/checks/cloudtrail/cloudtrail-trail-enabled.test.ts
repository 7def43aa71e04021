import { describe, expect, it } from 'vitest';
import { cloudtrailTrailEnabled as check } from '../../../src/checks/cloudtrail/cloudtrail-trail-enabled.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { cloudTrailSection, cloudTrailTrail } from '../../builders/cloudtrail.js';

const stopped = ok({ isLogging: false, latestDeliveryTime: null, latestCloudWatchLogsDeliveryTime: null });
const single = (region: string, o: Parameters<typeof cloudTrailTrail>[0] = {}) =>
  cloudTrailTrail({ name: `app-${region}`, homeRegion: region, region, isMultiRegionTrail: false, ...o });
const byRegion = (results: ReturnType<typeof run>) => Object.fromEntries(results.map((r) => [r.region, r.status]));

describe('cloudtrail-trail-enabled (Security Hub CloudTrail.3)', () => {
  it('passes every region covered by a logging multi-region trail', () => {
    const results = run(check, buildInventory());
    expect(byRegion(results)).toEqual({ 'eu-west-1': 'PASS', 'us-east-1': 'PASS' });
    expect(results.find((r) => r.region === 'us-east-1')).toMatchObject({
      resourceArn: 'arn:aws:cloudtrail:us-east-1:111122223333:account',
      reason: 'Trail org-trail (multi-region, home us-east-1) is logging in us-east-1.',
    });
    const eu = run(check, buildInventory({ cloudtrail: cloudTrailSection([cloudTrailTrail()]) })).find((r) => r.region === 'eu-west-1');
    expect(eu?.reason).toBe('Trail org-trail (multi-region, home us-east-1) is logging in eu-west-1.');
  });
  it('passes the home region of a logging single-region trail and fails the other region', () => {
    const results = run(check, buildInventory({ cloudtrail: cloudTrailSection([single('eu-west-1')]) }));
    expect(byRegion(results)).toEqual({ 'eu-west-1': 'PASS', 'us-east-1': 'FAIL' });
    expect(results.find((r) => r.region === 'us-east-1')?.reason).toBe('No CloudTrail trail applies to us-east-1.');
  });
  it('fails a region whose only trail is stopped', () => {
    const results = run(check, buildInventory({ cloudtrail: cloudTrailSection([cloudTrailTrail({ status: stopped })]) }));
    expect(results.map((r) => r.reason)).toEqual([
      'No CloudTrail trail is logging in eu-west-1: org-trail is stopped.',
      'No CloudTrail trail is logging in us-east-1: org-trail is stopped.',
    ]);
  });
  it('is unknown when the trail status or the region listing could not be read', () => {
    const a = run(
      check,
      buildInventory({ cloudtrail: cloudTrailSection([cloudTrailTrail({ status: denied('cloudtrail:GetTrailStatus') })]) }),
    );
    expect(a.map((r) => r.status)).toEqual(['UNKNOWN', 'UNKNOWN']);
    expect(a[0]?.reason).toContain('cloudtrail:GetTrailStatus');
    const b = run(
      check,
      buildInventory({ cloudtrail: cloudTrailSection([single('us-east-1')], { 'eu-west-1': denied('cloudtrail:DescribeTrails') }) }),
    );
    expect(byRegion(b)).toEqual({ 'eu-west-1': 'UNKNOWN', 'us-east-1': 'PASS' });
    expect(b[0]?.reason).toContain('cloudtrail:DescribeTrails');
  });
  it('passes a region whose listing failed when a logging multi-region trail covers it', () => {
    const results = run(
      check,
      buildInventory({ cloudtrail: cloudTrailSection([cloudTrailTrail()], { 'eu-west-1': denied('cloudtrail:DescribeTrails') }) }),
    );
    expect(byRegion(results)).toEqual({ 'eu-west-1': 'PASS', 'us-east-1': 'PASS' });
  });
});
