import { describe, expect, it } from 'vitest';
import { cloudwatchConsoleSigninWithoutMfaAlarmConfigured as check } from '../../../src/checks/cloudwatch/cloudwatch-console-signin-without-mfa-alarm-configured.js';
import { METRIC_FILTER_SPECS } from '../../../src/checks/cloudwatch/metric-filter.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { cisMonitoredRegion, compliantCloudWatchSection, metricFilter } from '../../builders/cloudwatch.js';
import type { CloudWatchSection } from '../../../src/model/cloudwatch.js';

const ITEM = '4.2';

function withUs(patch: Partial<CloudWatchSection['regions'][string]>) {
  const cw = compliantCloudWatchSection();
  cw.regions['us-east-1'] = { ...cisMonitoredRegion('us-east-1'), ...patch };
  return run(check, buildInventory({ cloudwatch: cw }));
}

describe('cloudwatch-console-signin-without-mfa-alarm-configured', () => {
  it('passes with the CIS 4.2 filter, an alarm and a subscribed topic on the trail log group', () => {
    const results = run(check, buildInventory());
    expect(results).toMatchObject([{ status: 'PASS', resourceArn: 'arn:aws:iam::111122223333:root' }]);
    expect(results[0]?.reason).toContain(METRIC_FILTER_SPECS[ITEM].subject);
  });

  it('fails when the filter misses a required term of CIS 4.2', () => {
    const spec = METRIC_FILTER_SPECS[ITEM];
    const last = spec.required[spec.required.length - 1];
    // Replace the last required term's value in the pattern: the filter no longer covers that event.
    const pattern = spec.cisPattern.split(last?.value ?? '').join('SomethingElse');
    expect(pattern).not.toBe(spec.cisPattern);
    const results = withUs({ metricFilters: ok([metricFilter(ITEM, { filterPattern: pattern })]) });
    expect(results[0]?.status).toBe('FAIL');
    expect(results[0]?.reason).toContain('has no metric filter for');
  });

  it('fails when there is no alarm on the filter metric', () => {
    const results = withUs({ alarms: ok([]) });
    expect(results[0]?.status).toBe('FAIL');
    expect(results[0]?.reason).toContain('has no alarm on its metric');
  });

  it('is unknown when DescribeMetricFilters was denied', () => {
    const results = withUs({ metricFilters: denied('logs:DescribeMetricFilters', { region: 'us-east-1' }) });
    expect(results[0]?.status).toBe('UNKNOWN');
    expect(results[0]?.reason).toContain('logs:DescribeMetricFilters');
  });
});
