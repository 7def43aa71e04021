import { describe, it, expect } from 'vitest';
import { cloudwatchLogGroupRetention365Days as check } from '../../../src/checks/cloudwatch/cloudwatch-log-group-retention-365-days.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { compliantCloudWatchSection, logGroup } from '../../builders/cloudwatch.js';
import type { CloudWatchSection } from '../../../src/model/cloudwatch.js';

const R = 'us-east-1';
const withRegion = (logGroups: CloudWatchSection['regions'][string]['logGroups']) => {
  const cw = compliantCloudWatchSection();
  const region = cw.regions[R]!;
  return buildInventory({ cloudwatch: { ...cw, regions: { ...cw.regions, [R]: { ...region, logGroups } } } });
};
const inRegion = (logGroups: CloudWatchSection['regions'][string]['logGroups']) =>
  run(check, withRegion(logGroups)).filter((r) => r.region === R);

describe('cloudwatch-log-group-retention-365-days (CloudWatch.16)', () => {
  it('passes log groups that never expire or keep 365 days or more', () => {
    const results = run(check, buildInventory());
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.status === 'PASS')).toBe(true);
    const [never, long] = inRegion(ok([logGroup(R, 'a', null), logGroup(R, 'b', 365)]));
    expect(never?.reason).toBe('Log group a never expires its events.');
    expect(long?.reason).toBe('Log group b retains events for 365 days.');
  });

  it('fails a log group that keeps fewer than 365 days', () => {
    const [r] = inRegion(ok([logGroup(R, 'short', 30)]));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Log group short retains events for only 30 days (fewer than 365).');
  });

  it('is UNKNOWN for a region whose log groups could not be read, or an inventory that predates the read', () => {
    const [r] = inRegion(denied('logs:DescribeLogGroups', { region: R }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('logs:DescribeLogGroups');
    const [old] = inRegion(undefined);
    expect(old?.status).toBe('UNKNOWN');
    expect(old?.reason).toContain('the inventory predates reading log groups');
  });
});
