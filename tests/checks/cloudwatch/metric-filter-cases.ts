/**
 * The cases every CIS 4.1-4.15 metric filter check shares (PASS, FAIL without a covering filter,
 * FAIL without an alarm, UNKNOWN on a denied read), defined once for a check and its CIS item.
 * Each check's own test file calls `metricFilterCheckCases` inside its describe and adds what is
 * specific to it; the shared evaluator itself is tested in metric-filter.test.ts.
 */
import { expect, it } from 'vitest';
import { METRIC_FILTER_SPECS, type CisMonitoringItem } from '../../../src/checks/cloudwatch/metric-filter.js';
import type { AnyCheck } from '../../../src/checks/types.js';
import type { CloudWatchSection } from '../../../src/model/cloudwatch.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { cisMonitoredRegion, compliantCloudWatchSection, metricFilter } from '../../builders/cloudwatch.js';

/** Runs `check` on the compliant inventory with us-east-1's CloudWatch data patched. */
export function runWithUs(check: AnyCheck, patch: Partial<CloudWatchSection['regions'][string]>) {
  const cw = compliantCloudWatchSection();
  cw.regions['us-east-1'] = { ...cisMonitoredRegion('us-east-1'), ...patch };
  return run(check, buildInventory({ cloudwatch: cw }));
}

/** Runs `check` with the trail log group's filter for `item` replaced by one with `filterPattern`. */
export function runWithPattern(check: AnyCheck, item: CisMonitoringItem, filterPattern: string) {
  return runWithUs(check, { metricFilters: ok([metricFilter(item, { filterPattern })]) });
}

/** Defines the shared PASS / FAIL / UNKNOWN cases of a CIS 4.x check; call inside its describe. */
export function metricFilterCheckCases(check: AnyCheck, item: CisMonitoringItem): void {
  const spec = METRIC_FILTER_SPECS[item];

  it(`passes with the CIS ${item} filter, an alarm and a subscribed topic on the trail log group`, () => {
    const results = run(check, buildInventory());
    expect(results).toMatchObject([{ status: 'PASS', resourceArn: 'arn:aws:iam::111122223333:root' }]);
    expect(results[0]?.reason).toContain(spec.subject);
  });

  it(`fails when the filter misses a required event of CIS ${item}`, () => {
    // The value of the pattern's last `=` term (ConsoleLogin, Root, StopLogging...), replaced
    // everywhere: the filter no longer matches that event.
    const values = [...spec.cisPattern.matchAll(/[^!<>]=\s*"?([A-Za-z*][^\s)"]*)/g)].map((m) => m[1] as string);
    const last = values[values.length - 1] as string;
    const pattern = spec.cisPattern.split(last).join('SomethingElse');
    expect(pattern).not.toBe(spec.cisPattern);
    const results = runWithPattern(check, item, pattern);
    expect(results[0]?.status).toBe('FAIL');
    expect(results[0]?.reason).toContain('has no metric filter for');
  });

  it(`fails when the CIS ${item} filter ANDs in a narrowing term (one IAM user)`, () => {
    const narrowed = spec.cisPattern.replace(/\s*\}\s*$/, ' && ($.userIdentity.arn = "arn:aws:iam::111122223333:user/bob") }');
    const results = runWithPattern(check, item, narrowed);
    expect(results[0]?.status).toBe('FAIL');
    expect(results[0]?.reason).toContain(`has no metric filter for ${spec.subject}`);
  });

  it(`passes the CIS ${item} filter with an extra || alternative (a broader filter)`, () => {
    const broader = spec.cisPattern.replace(/^\s*\{/, '{ ($.eventName = "SomethingUnrelated") || (').replace(/\}\s*$/, ') }');
    expect(runWithPattern(check, item, broader)[0]?.status).toBe('PASS');
  });

  it('fails when there is no alarm on the filter metric', () => {
    const results = runWithUs(check, { alarms: ok([]) });
    expect(results[0]?.status).toBe('FAIL');
    expect(results[0]?.reason).toContain('has no alarm on its metric');
  });

  it('is unknown when DescribeMetricFilters was denied', () => {
    const results = runWithUs(check, { metricFilters: denied('logs:DescribeMetricFilters', { region: 'us-east-1' }) });
    expect(results[0]?.status).toBe('UNKNOWN');
    expect(results[0]?.reason).toContain('logs:DescribeMetricFilters');
  });
}
