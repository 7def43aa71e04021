import type {
  CloudWatchLogGroup,
  CloudWatchAlarm,
  CloudWatchMetricFilter,
  CloudWatchRegion,
  CloudWatchSection,
  SnsTopic,
} from '../../src/model/cloudwatch.js';
import { METRIC_FILTER_SPECS, type CisMonitoringItem } from '../../src/checks/cloudwatch/metric-filter.js';
import { REGIONS, arn, ok } from './common.js';
import { TRAIL_LOG_GROUP } from './cloudtrail.js';

export const ALARM_TOPIC = (region: string) => arn('sns', region, 'security-alarms');

export const cisMetric = (item: CisMonitoringItem) => `cis_${item.replace('.', '_')}_metric`;

export function metricFilter(item: CisMonitoringItem, overrides: Partial<CloudWatchMetricFilter> = {}): CloudWatchMetricFilter {
  return {
    filterName: `cis-${item}`,
    logGroupName: TRAIL_LOG_GROUP,
    filterPattern: METRIC_FILTER_SPECS[item].cisPattern,
    metricTransformations: [{ metricName: cisMetric(item), metricNamespace: 'CISBenchmark', dimensionKeys: [] }],
    ...overrides,
  };
}

export function cloudWatchAlarm(region: string, name: string, overrides: Partial<CloudWatchAlarm> = {}): CloudWatchAlarm {
  return {
    arn: arn('cloudwatch', region, `alarm:${name}`),
    region,
    alarmName: name,
    metricName: null,
    namespace: null,
    alarmActions: [ALARM_TOPIC(region)],
    actionsEnabled: true,
    dimensions: [],
    metrics: [],
    ...overrides,
  };
}

export function metricAlarm(region: string, item: CisMonitoringItem, overrides: Partial<CloudWatchAlarm> = {}): CloudWatchAlarm {
  return cloudWatchAlarm(region, `cis-${item}-alarm`, { metricName: cisMetric(item), namespace: 'CISBenchmark', ...overrides });
}

export function billingAlarm(overrides: Partial<CloudWatchAlarm> = {}): CloudWatchAlarm {
  return cloudWatchAlarm('us-east-1', 'billing-over-1000-usd', {
    metricName: 'EstimatedCharges',
    namespace: 'AWS/Billing',
    dimensions: [{ name: 'Currency', value: 'USD' }],
    ...overrides,
  });
}

export function snsTopic(topicArn: string, confirmed = true): SnsTopic {
  return {
    arn: topicArn,
    region: topicArn.split(':')[3] as string,
    subscriptions: ok([
      { subscriptionArn: confirmed ? `${topicArn}:0f1e2d3c-aaaa-bbbb-cccc-111122223333` : 'PendingConfirmation', protocol: 'email' },
    ]),
  };
}

const ITEMS = Object.keys(METRIC_FILTER_SPECS) as CisMonitoringItem[];

/** All 15 CIS filters on the trail's log group with their alarms, in `region`. */
export function cisMonitoredRegion(region: string): CloudWatchRegion {
  return {
    metricFilters: ok(ITEMS.map((i) => metricFilter(i))),
    alarms: ok(ITEMS.map((i) => metricAlarm(region, i))),
    logGroups: ok([logGroup(region, 'cloudtrail-logs', null), logGroup(region, 'app', 400)]),
  };
}

/** A log group; `retentionInDays` null = never expire. */
export function logGroup(region: string, name: string, retentionInDays: number | null): CloudWatchLogGroup {
  return { arn: `arn:aws:logs:${region}:111122223333:log-group:${name}`, region, name, retentionInDays };
}

/**
 * Compliant: every CIS 4.x filter and alarm on the us-east-1 log group of the compliant
 * multi-region trail, the same in eu-west-1, a billing alarm, and confirmed subscriptions.
 */
export function compliantCloudWatchSection(): CloudWatchSection {
  return {
    regions: Object.fromEntries(REGIONS.map((r) => [r, cisMonitoredRegion(r)])),
    billingAlarms: ok([billingAlarm()]),
    topics: REGIONS.map((r) => snsTopic(ALARM_TOPIC(r))),
  };
}
