import { CloudWatchClient, DescribeAlarmsForMetricCommand, paginateDescribeAlarms, type MetricAlarm } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient, paginateDescribeLogGroups, paginateDescribeMetricFilters } from '@aws-sdk/client-cloudwatch-logs';
import { SNSClient, paginateListSubscriptionsByTopic } from '@aws-sdk/client-sns';
import type { CloudWatchAlarm, CloudWatchSection, SnsTopic } from '../model/cloudwatch.js';
import type { Collector } from './kit/collector.js';
import { forEachRegion, task, type CollectContext } from './kit/context.js';
import { allPages } from './kit/list.js';
import { mapObserved } from './kit/observed.js';

/**
 * Billing metrics (AWS/Billing EstimatedCharges) exist only in us-east-1:
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/monitor_estimated_charges_with_cloudwatch.html
 * (AWS Budgets is the other way to be warned about spend: the budgets section reads it, and
 * budgets-spend-alert-configured accepts either.) Outside the aws partition the
 * read fails and the billing check reports UNKNOWN rather than guessing.
 */
export const BILLING_REGION = 'us-east-1';

function toAlarm(a: MetricAlarm, region: string): CloudWatchAlarm {
  return {
    arn: a.AlarmArn ?? `alarm:${a.AlarmName ?? ''}`,
    region,
    alarmName: a.AlarmName ?? '',
    metricName: a.MetricName ?? null,
    namespace: a.Namespace ?? null,
    alarmActions: a.AlarmActions ?? [],
    // AWS default for ActionsEnabled is true.
    actionsEnabled: a.ActionsEnabled ?? true,
    dimensions: (a.Dimensions ?? []).map((d) => ({ name: d.Name ?? '', value: d.Value ?? '' })),
    // Metric-math alarms carry their metrics in Metrics[] (MetricName, Namespace and Dimensions are
    // then absent): https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_MetricAlarm.html
    metrics: (a.Metrics ?? []).flatMap((q) => {
      const m = q.MetricStat?.Metric;
      if (!m?.MetricName) return [];
      return [
        {
          metricName: m.MetricName,
          namespace: m.Namespace ?? null,
          dimensions: (m.Dimensions ?? []).map((d) => ({ name: d.Name ?? '', value: d.Value ?? '' })),
        },
      ];
    }),
  };
}

/** The SNS topic ARNs among alarm actions (others are Auto Scaling, EC2, SSM, Lambda actions). */
function snsTopicsOf(alarms: readonly CloudWatchAlarm[]): string[] {
  return alarms.flatMap((a) => a.alarmActions.filter((x) => /^arn:[^:]+:sns:/.test(x)));
}

async function readTopic(ctx: CollectContext, arn: string): Promise<SnsTopic> {
  // arn:partition:sns:region:account:name; a topic is read in its own region.
  const region = arn.split(':')[3] ?? ctx.homeRegion;
  const client = ctx.clients.get(SNSClient, region);
  // An alarm keeps its actions when the topic is deleted; SNS then answers NotFound ("Topic does
  // not exist"): such a topic notifies nobody, so it is recorded with no subscriptions rather than
  // as a failed read.
  const subs = await ctx.reader.read(
    'sns:ListSubscriptionsByTopic',
    { target: arn, region },
    () => allPages(paginateListSubscriptionsByTopic({ client }, { TopicArn: arn }), (p) => p.Subscriptions),
    { absentWhen: ['NotFoundException', 'NotFound'] },
  );
  return {
    arn,
    region,
    subscriptions: mapObserved(subs, (list) =>
      (list ?? []).map((s) => ({ subscriptionArn: s.SubscriptionArn ?? 'PendingConfirmation', protocol: s.Protocol ?? '' })),
    ),
  };
}

export async function collectCloudWatch(ctx: CollectContext): Promise<CloudWatchSection> {
  const [regions, billingAlarms] = await Promise.all([
    forEachRegion(ctx, 'cloudwatch', async (region) => {
      const logs = ctx.clients.get(CloudWatchLogsClient, region);
      const cw = ctx.clients.get(CloudWatchClient, region);
      const [metricFilters, alarms, logGroups] = await Promise.all([
        ctx.reader.read(
          'logs:DescribeMetricFilters',
          { target: `arn:${ctx.partition}:logs:${region}:${ctx.accountId}:log-group:*`, region },
          () => allPages(paginateDescribeMetricFilters({ client: logs }, {}), (p) => p.metricFilters),
        ),
        ctx.reader.read(
          'cloudwatch:DescribeAlarms',
          { target: `arn:${ctx.partition}:cloudwatch:${region}:${ctx.accountId}:alarm:*`, region },
          () => allPages(paginateDescribeAlarms({ client: cw }, { AlarmTypes: ['MetricAlarm'] }), (p) => p.MetricAlarms),
        ),
        ctx.reader.read(
          'logs:DescribeLogGroups',
          { target: `arn:${ctx.partition}:logs:${region}:${ctx.accountId}:log-group:*`, region },
          () => allPages(paginateDescribeLogGroups({ client: logs }, {}), (p) => p.logGroups),
        ),
      ]);
      return {
        metricFilters: mapObserved(metricFilters, (list) =>
          list.map((f) => ({
            filterName: f.filterName ?? '',
            logGroupName: f.logGroupName ?? '',
            filterPattern: f.filterPattern ?? '',
            metricTransformations: (f.metricTransformations ?? []).map((t) => ({
              metricName: t.metricName ?? '',
              metricNamespace: t.metricNamespace ?? '',
              dimensionKeys: Object.keys(t.dimensions ?? {}).sort(),
            })),
          })),
        ),
        alarms: mapObserved(alarms, (list) => list.map((a) => toAlarm(a, region))),
        logGroups: mapObserved(logGroups, (list) =>
          list.map((g) => ({
            arn: `arn:${ctx.partition}:logs:${region}:${ctx.accountId}:log-group:${g.logGroupName ?? ''}`,
            region,
            name: g.logGroupName ?? '',
            retentionInDays: g.retentionInDays ?? null,
          })),
        ),
      };
    }),
    task(ctx, 'cloudwatch', BILLING_REGION, () =>
      ctx.reader.read(
        'cloudwatch:DescribeAlarmsForMetric',
        { target: `arn:${ctx.partition}:cloudwatch:${BILLING_REGION}:${ctx.accountId}:alarm:*`, region: BILLING_REGION },
        async () => {
          // Not paginated; returns alarms on the metric whatever their dimensions (e.g. Currency).
          const out = await ctx.clients
            .get(CloudWatchClient, BILLING_REGION)
            .send(new DescribeAlarmsForMetricCommand({ Namespace: 'AWS/Billing', MetricName: 'EstimatedCharges' }));
          return (out.MetricAlarms ?? []).map((a) => toAlarm(a, BILLING_REGION));
        },
      ),
    ),
  ]);

  const topicArns = new Set<string>();
  for (const r of Object.values(regions)) if (r.alarms.ok) for (const t of snsTopicsOf(r.alarms.value)) topicArns.add(t);
  if (billingAlarms.ok) for (const t of snsTopicsOf(billingAlarms.value)) topicArns.add(t);
  const topics = await Promise.all([...topicArns].sort().map((arn) => readTopic(ctx, arn)));
  return { regions, billingAlarms, topics };
}

export const cloudwatchCollector: Collector<'cloudwatch'> = {
  section: 'cloudwatch',
  collect: collectCloudWatch,
};
