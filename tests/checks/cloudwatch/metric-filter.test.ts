/** The shared CIS 4.x evaluator, exercised through one item (4.5); the thin checks test their own pattern. */
import { describe, expect, it } from 'vitest';
import { METRIC_FILTER_SPECS, evaluateMetricFilter, parseLogGroupArn, patternCovers, patternTerms } from '../../../src/checks/cloudwatch/metric-filter.js';
import { buildInventory, denied, evalContext, ok } from '../../builders/index.js';
import { cloudTrailSection, cloudTrailTrail, trailLogGroupArn } from '../../builders/cloudtrail.js';
import { ALARM_TOPIC, cisMetric, compliantCloudWatchSection, metricAlarm, metricFilter, snsTopic } from '../../builders/cloudwatch.js';
import type { CloudWatchSection } from '../../../src/model/cloudwatch.js';
import type { CloudTrailSection } from '../../../src/model/cloudtrail.js';

const US = 'us-east-1';
function evaluate(cw: CloudWatchSection = compliantCloudWatchSection(), ct?: CloudTrailSection) {
  const inv = buildInventory({ cloudwatch: cw, ...(ct ? { cloudtrail: ct } : {}) });
  const results = evaluateMetricFilter('4.5', inv, evalContext());
  expect(results).toHaveLength(1);
  return results[0] as (typeof results)[number];
}
function withUs(patch: Partial<CloudWatchSection['regions'][string]>, rest: Partial<CloudWatchSection> = {}): CloudWatchSection {
  const cw = compliantCloudWatchSection();
  cw.regions[US] = { ...(cw.regions[US] as CloudWatchSection['regions'][string]), ...patch };
  return { ...cw, ...rest };
}

describe('filter pattern matching', () => {
  it('parses quoted and unquoted terms and NOT EXISTS', () => {
    expect(patternTerms('{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }')).toEqual([
      { field: 'userIdentity.type', op: '=', value: 'Root' },
      { field: 'userIdentity.invokedBy', op: 'NOT EXISTS' },
      { field: 'eventType', op: '!=', value: 'AwsServiceEvent' },
    ]);
  });

  it('accepts every CIS pattern, whitespace and quoting variants', () => {
    for (const spec of Object.values(METRIC_FILTER_SPECS)) expect(patternCovers(spec.cisPattern, spec)).toBe(true);
    const spec = METRIC_FILTER_SPECS['4.5'];
    expect(patternCovers('{($.eventName="CreateTrail")||($.eventName="UpdateTrail")||($.eventName="DeleteTrail")||($.eventName="StartLogging")||($.eventName="StopLogging")}', spec)).toBe(true);
  });

  it('rejects a pattern missing one event, and one narrowed to another event source', () => {
    expect(patternCovers('{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) }', METRIC_FILTER_SPECS['4.5'])).toBe(false);
    const kms = METRIC_FILTER_SPECS['4.7'];
    expect(patternCovers('{ ($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion) }', kms)).toBe(true);
    expect(patternCovers('{ ($.eventSource = s3.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }', kms)).toBe(false);
  });

  it('parses log group ARNs with and without the :* suffix', () => {
    expect(parseLogGroupArn('arn:aws:logs:eu-west-1:111122223333:log-group:a/b:c:*')).toEqual({ region: 'eu-west-1', account: '111122223333', name: 'a/b:c' });
    expect(parseLogGroupArn('arn:aws:logs:eu-west-1:111122223333:log-group:trail')).toEqual({ region: 'eu-west-1', account: '111122223333', name: 'trail' });
  });
});

describe('evaluateMetricFilter', () => {
  it('passes with filter, alarm and a confirmed subscription', () => {
    expect(evaluate()).toMatchObject({ status: 'PASS', resourceArn: 'arn:aws:iam::111122223333:root' });
  });

  it('fails when no multi-region trail delivers to CloudWatch Logs', () => {
    const r = evaluate(undefined, cloudTrailSection([cloudTrailTrail({ cloudWatchLogsLogGroupArn: null })]));
    expect(r.status).toBe('FAIL');
    expect(r.reason).toContain('no logging multi-region trail');
  });

  it('ignores a filter on a log group of a trail that is not logging', () => {
    const stopped = cloudTrailTrail({ status: ok({ isLogging: false, latestDeliveryTime: null, latestCloudWatchLogsDeliveryTime: null }) });
    expect(evaluate(undefined, cloudTrailSection([stopped])).status).toBe('FAIL');
  });

  it('fails when the trail log group has no covering filter (filter on another group, or incomplete pattern)', () => {
    const other = evaluate(withUs({ metricFilters: ok([metricFilter('4.5', { logGroupName: 'some-other-group' })]) }));
    expect(other.status).toBe('FAIL');
    expect(other.reason).toContain('has no metric filter for CloudTrail configuration changes');
    const partial = evaluate(withUs({ metricFilters: ok([metricFilter('4.5', { filterPattern: '{ $.eventName = StopLogging }' })]) }));
    expect(partial.status).toBe('FAIL');
  });

  it('fails when no alarm is on the filter metric (name, namespace, dimensions)', () => {
    const wrongNs = evaluate(withUs({ alarms: ok([metricAlarm(US, '4.5', { namespace: 'Other' })]) }));
    expect(wrongNs.status).toBe('FAIL');
    expect(wrongNs.reason).toContain('has no alarm on its metric');
    const dims = evaluate(withUs({ alarms: ok([metricAlarm(US, '4.5', { dimensions: [{ name: 'InstanceId', value: 'i-1' }] })]) }));
    expect(dims.status).toBe('FAIL');
  });

  it('accepts a metric-math alarm that queries the filter metric in Metrics[] (no top-level MetricName)', () => {
    // DescribeAlarms returns MetricName/Namespace only for single-metric alarms; an alarm on an
    // expression such as FILL(m1, 0) lists its metrics in Metrics[].MetricStat instead.
    const math = metricAlarm(US, '4.5', { metricName: null, namespace: null, metrics: [{ metricName: cisMetric('4.5'), namespace: 'CISBenchmark', dimensions: [] }] });
    expect(evaluate(withUs({ alarms: ok([math]) })).status).toBe('PASS');
    const otherMetric = metricAlarm(US, '4.5', { metricName: null, namespace: null, metrics: [{ metricName: 'unrelated', namespace: 'CISBenchmark', dimensions: [] }] });
    expect(evaluate(withUs({ alarms: ok([otherMetric]) })).status).toBe('FAIL');
  });

  it('fails when the alarm has actions disabled, no SNS action, or only unconfirmed subscriptions', () => {
    const disabled = evaluate(withUs({ alarms: ok([metricAlarm(US, '4.5', { actionsEnabled: false })]) }));
    expect(disabled.reason).toContain('actions disabled');
    const noSns = evaluate(withUs({ alarms: ok([metricAlarm(US, '4.5', { alarmActions: ['arn:aws:automate:us-east-1:ec2:stop'] })]) }));
    expect(noSns.reason).toContain('notifies no SNS topic');
    const pending = evaluate({ ...compliantCloudWatchSection(), topics: [snsTopic(ALARM_TOPIC(US), false)] });
    expect(pending.status).toBe('FAIL');
    expect(pending.reason).toContain('no confirmed subscription');
  });

  it('is unknown when metric filters, alarms or subscriptions could not be read', () => {
    const f = evaluate(withUs({ metricFilters: denied('logs:DescribeMetricFilters', { region: US }) }));
    expect(f.status).toBe('UNKNOWN');
    expect(f.reason).toContain('logs:DescribeMetricFilters');
    const a = evaluate(withUs({ alarms: denied('cloudwatch:DescribeAlarms', { region: US }) }));
    expect(a.reason).toContain('cloudwatch:DescribeAlarms');
    const s = evaluate({ ...compliantCloudWatchSection(), topics: [{ arn: ALARM_TOPIC(US), region: US, subscriptions: denied('sns:ListSubscriptionsByTopic') }] });
    expect(s.status).toBe('UNKNOWN');
    expect(s.reason).toContain('sns:ListSubscriptionsByTopic');
  });

  it('is unknown when the trail status or event selectors could not be read', () => {
    const r = evaluate(undefined, cloudTrailSection([cloudTrailTrail({ selectors: denied('cloudtrail:GetEventSelectors') })]));
    expect(r.status).toBe('UNKNOWN');
    expect(r.reason).toContain('cloudtrail:GetEventSelectors');
  });

  it('is unknown for a log group in another account or in a region the scan did not cover', () => {
    const cross = cloudTrailTrail({ cloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:999999999999:log-group:org-cloudtrail:*' });
    const r = evaluate(undefined, cloudTrailSection([cross]));
    expect(r.status).toBe('UNKNOWN');
    expect(r.reason).toContain('belongs to account 999999999999');
    const far = cloudTrailTrail({ cloudWatchLogsLogGroupArn: trailLogGroupArn('ap-south-1') });
    expect(evaluate(undefined, cloudTrailSection([far])).reason).toContain('region this scan did not cover');
  });
});
