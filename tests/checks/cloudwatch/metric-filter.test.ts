/** The shared CIS 4.x evaluator, exercised through one item (4.5); the thin checks test their own pattern. */
import { describe, expect, it } from 'vitest';
import {
  METRIC_FILTER_SPECS,
  evaluateMetricFilter,
  parseLogGroupArn,
  patternCoverage,
  patternCovers,
  referenceDnfs,
} from '../../../src/checks/cloudwatch/metric-filter.js';
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
  const S = METRIC_FILTER_SPECS;

  it('parses every CIS reference, and each covers itself, compacted and fully quoted', () => {
    for (const spec of Object.values(S)) {
      expect(referenceDnfs(spec).length).toBe(1 + ('variants' in spec ? spec.variants.length : 0));
      for (const p of [spec.cisPattern, ...('variants' in spec ? spec.variants : [])]) {
        expect(patternCovers(p, spec), p).toBe(true);
        // No whitespace around operators and parentheses.
        expect(patternCovers(p.replace(/\s*([(){}=!&|<>])\s*/g, '$1'), spec), p).toBe(true);
      }
    }
    expect(
      patternCovers(
        '{($.eventName="CreateTrail")||($.eventName="UpdateTrail")||($.eventName="DeleteTrail")||($.eventName="StartLogging")||($.eventName="StopLogging")}',
        S['4.5'],
      ),
    ).toBe(true);
  });

  it('fails a filter that ANDs in a narrowing term', () => {
    const bob =
      '{ ($.eventName = ConsoleLogin) && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.arn = "arn:aws:iam::1:user/bob") }';
    expect(patternCoverage(bob, S['4.2'])).toEqual({
      verdict: 'misses',
      example: [
        { field: 'eventName', op: '=', value: 'ConsoleLogin' },
        { field: 'additionalEventData.MFAUsed', op: '!=', value: 'Yes' },
        { field: 'eventSource', op: '=', value: 'signin.amazonaws.com' },
      ],
    });
    // Narrowing the CIS 4.5 list to one region, or 4.3 to one service's events.
    expect(patternCovers(S['4.5'].cisPattern.replace(/\}$/, '&& $.awsRegion = "us-east-1" }'), S['4.5'])).toBe(false);
    expect(patternCovers('{ $.userIdentity.type = "Root" && $.eventSource = "s3.amazonaws.com" }', S['4.3'])).toBe(false);
  });

  it('fails a filter that joins the events with && instead of ||', () => {
    expect(patternCovers(S['4.5'].cisPattern.replaceAll('||', '&&'), S['4.5'])).toBe(false);
    expect(patternCovers('{ ($.errorCode = "*UnauthorizedOperation") && ($.errorCode = "AccessDenied*") }', S['4.1'])).toBe(false);
    expect(patternCovers(S['4.15'].cisPattern.replaceAll('||', '&&'), S['4.15'])).toBe(false);
  });

  it('fails a pattern missing one event, one narrowed to another event source, and a text pattern', () => {
    expect(
      patternCovers(
        '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) }',
        S['4.5'],
      ),
    ).toBe(false);
    expect(
      patternCovers(
        '{ ($.eventSource = s3.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }',
        S['4.7'],
      ),
    ).toBe(false);
    // CreatePolicy and DeletePolicy are IAM and Organizations events alike.
    expect(
      patternCovers(
        S['4.4'].cisPattern.replace(/^\{/, '{ $.eventSource = organizations.amazonaws.com && (').replace(/\}$/, ') }'),
        S['4.4'],
      ),
    ).toBe(false);
    expect(patternCovers('{ $.errorCode = "AccessDenied*" }', S['4.1'])).toBe(false);
  });

  it('passes broader filters: fewer terms, extra || alternatives, wildcards, the whole event source', () => {
    expect(patternCovers('{ ($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion) }', S['4.7'])).toBe(true);
    expect(patternCovers('{ $.userIdentity.type = "Root" }', S['4.3'])).toBe(true);
    expect(patternCovers('{ $.eventName = "ConsoleLogin" }', S['4.6'])).toBe(true);
    expect(patternCovers(`{ $.eventName = "GetObject" || ${S['4.5'].cisPattern.slice(1, -1)} || $.errorCode = "*" }`, S['4.5'])).toBe(true);
    expect(patternCovers('{ $.eventName = "*Trail" || $.eventName = "*Logging" }', S['4.5'])).toBe(true);
    expect(patternCovers('{ $.eventSource = cloudtrail.amazonaws.com }', S['4.5'])).toBe(true);
    expect(patternCovers('{ $.errorCode = "*Unauthorized*" || $.errorCode = "Access*" }', S['4.1'])).toBe(true);
    // A wildcard that is too narrow, or a `*` inside a value (literal for CloudWatch Logs), does not.
    expect(patternCovers('{ $.eventName = "*Trail" || $.eventName = "Start*" }', S['4.5'])).toBe(false);
    expect(patternCovers('{ $.eventName = "*Trail" || $.eventName = "St*Logging" }', S['4.5'])).toBe(false);
    // The 4.1 exclusions ANDed to the error codes (what CIS meant), and the verbatim all-|| form.
    expect(
      patternCovers(
        '{ ($.errorCode = "*UnauthorizedOperation" || $.errorCode = "AccessDenied*") && $.sourceIPAddress != "delivery.logs.amazonaws.com" && $.eventName != "HeadBucket" }',
        S['4.1'],
      ),
    ).toBe(true);
  });

  it('passes parenthesis, quote, whitespace and order variants', () => {
    const v = [
      '{(((($.eventName = "ConsoleLogin")))) && (($.additionalEventData.MFAUsed != "Yes"))}',
      '{\n\t$.additionalEventData.MFAUsed!="Yes"\n\t&& $.eventName=ConsoleLogin\n}',
      '  {   $.eventName   =   ConsoleLogin   &&   $.additionalEventData.MFAUsed   !=   Yes   }  ',
      '{ ($.eventName = "Console\\Login" || $.eventName = "ConsoleLogin") && $.additionalEventData.MFAUsed != "Yes" }',
    ];
    for (const p of v) expect(patternCovers(p, S['4.2']), p).toBe(true);
    // The narrower SSO variant is accepted too, and the 4.13 audit variant whose eventSource only
    // applies to CreateRoute, or applied to all seven events.
    expect(patternCovers(S['4.2'].variants[0], S['4.2'])).toBe(true);
    const routes = [
      'CreateRoute',
      'CreateRouteTable',
      'ReplaceRoute',
      'ReplaceRouteTableAssociation',
      'DeleteRouteTable',
      'DeleteRoute',
      'DisassociateRouteTable',
    ];
    expect(
      patternCovers(`{ $.eventSource = ec2.amazonaws.com && (${routes.map((r) => `$.eventName = ${r}`).join(' || ')}) }`, S['4.13']),
    ).toBe(true);
  });

  it('fails an unparseable pattern, saying why', () => {
    for (const p of [
      '{ ($.eventName = CreateTrail) || }',
      '{ ($.eventName = CreateTrail) ',
      '$.eventName = CreateTrail',
      'CreateTrail UpdateTrail',
      '{ $.eventName = "CreateTrail }',
      '{ $.eventName CreateTrail }',
      '{ ($.eventName = CreateTrail)) }',
    ]) {
      const c = patternCoverage(p, S['4.5']);
      expect(c.verdict, p).toBe('unparseable');
    }
    expect(patternCoverage('{ $.eventName = CreateTrail || }', S['4.5'])).toEqual({
      verdict: 'unparseable',
      error: 'expected "(" or a selector such as $.eventName at character 32',
    });
  });

  it('is undecidable when the filter expands to more than 256 conjuncts', () => {
    const pair = (i: number) => `($.a${i} = x || $.b${i} = y)`;
    const big = (n: number) =>
      `{ (${S['4.5'].cisPattern.slice(1, -1)}) || (${Array.from({ length: n }, (_, i) => pair(i)).join(' && ')}) }`;
    // 5 + 2^7 = 133 conjuncts: decided; 5 + 2^9 = 517: not.
    expect(patternCoverage(big(7), S['4.5'])).toEqual({ verdict: 'covers' });
    expect(patternCoverage(big(9), S['4.5'])).toEqual({ verdict: 'too-complex' });
    expect(patternCovers(big(9), S['4.5'])).toBe(false);
  });

  it('parses log group ARNs with and without the :* suffix', () => {
    expect(parseLogGroupArn('arn:aws:logs:eu-west-1:111122223333:log-group:a/b:c:*')).toEqual({
      region: 'eu-west-1',
      account: '111122223333',
      name: 'a/b:c',
    });
    expect(parseLogGroupArn('arn:aws:logs:eu-west-1:111122223333:log-group:trail')).toEqual({
      region: 'eu-west-1',
      account: '111122223333',
      name: 'trail',
    });
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

  it('fails with the parse error when the only candidate filter pattern could not be parsed and has no alarm', () => {
    const r = evaluate(
      withUs({
        metricFilters: ok([metricFilter('4.5', { filterPattern: '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) ' })]),
        alarms: ok([]),
      }),
    );
    expect(r.status).toBe('FAIL');
    expect(r.reason).toBe(
      'No alarm watches CloudTrail configuration changes: log group org-cloudtrail (us-east-1) of trail org-trail has no metric filter for CloudTrail configuration changes; the pattern of metric filter cis-4.5 could not be parsed (expected "&&", "||" or "}" at the end of the pattern).',
    );
  });

  it('is unknown, not failed, when a filter Bulwark cannot parse has a notifying alarm (CloudWatch validated its pattern)', () => {
    const r = evaluate(withUs({ metricFilters: ok([metricFilter('4.5', { filterPattern: '"CreateTrail"' })]) }));
    expect(r.status).toBe('UNKNOWN');
    expect(r.reason).toContain(
      'metric filter cis-4.5 on log group org-cloudtrail (us-east-1) of trail org-trail has a notifying alarm (cis-4.5-alarm), but its pattern could not be parsed by Bulwark',
    );
  });

  it('fails a filter narrowed by an extra && term even though every CIS term appears in it', () => {
    const narrowed = `{ (${METRIC_FILTER_SPECS['4.5'].cisPattern.slice(1, -1)}) && $.userIdentity.userName = "ci-bot" }`;
    const r = evaluate(withUs({ metricFilters: ok([metricFilter('4.5', { filterPattern: narrowed })]) }));
    expect(r.status).toBe('FAIL');
    expect(r.reason).toContain('has no metric filter for CloudTrail configuration changes.');
  });

  it('is unknown when a filter too complex to expand has a notifying alarm, and fails when it has none', () => {
    const pairs = Array.from({ length: 9 }, (_, i) => `($.a${i} = x || $.b${i} = y)`).join(' && ');
    const complex = metricFilter('4.5', { filterPattern: `{ ${METRIC_FILTER_SPECS['4.5'].cisPattern.slice(1, -1)} || (${pairs}) }` });
    const u = evaluate(withUs({ metricFilters: ok([complex]) }));
    expect(u.status).toBe('UNKNOWN');
    expect(u.reason).toContain(
      'metric filter cis-4.5 on log group org-cloudtrail (us-east-1) of trail org-trail has a notifying alarm (cis-4.5-alarm), but its pattern expands to more than 256 alternatives',
    );
    const f = evaluate(withUs({ metricFilters: ok([complex]), alarms: ok([]) }));
    expect(f.status).toBe('FAIL');
    expect(f.reason).toContain('has no metric filter for CloudTrail configuration changes');
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
    const math = metricAlarm(US, '4.5', {
      metricName: null,
      namespace: null,
      metrics: [{ metricName: cisMetric('4.5'), namespace: 'CISBenchmark', dimensions: [] }],
    });
    expect(evaluate(withUs({ alarms: ok([math]) })).status).toBe('PASS');
    const otherMetric = metricAlarm(US, '4.5', {
      metricName: null,
      namespace: null,
      metrics: [{ metricName: 'unrelated', namespace: 'CISBenchmark', dimensions: [] }],
    });
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
    const s = evaluate({
      ...compliantCloudWatchSection(),
      topics: [{ arn: ALARM_TOPIC(US), region: US, subscriptions: denied('sns:ListSubscriptionsByTopic') }],
    });
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
