import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

export const CloudWatchMetricTransformation = z.object({
  /** DescribeMetricFilters metricTransformations[].metricName */
  metricName: z.string(),
  /** DescribeMetricFilters metricTransformations[].metricNamespace */
  metricNamespace: z.string(),
  /** DescribeMetricFilters metricTransformations[].dimensions (keys only): the dimensions the metric is emitted with */
  dimensionKeys: z.array(z.string()),
});
export type CloudWatchMetricTransformation = z.infer<typeof CloudWatchMetricTransformation>;

export const CloudWatchMetricFilter = z.object({
  /** DescribeMetricFilters filterName */
  filterName: z.string(),
  /** DescribeMetricFilters logGroupName */
  logGroupName: z.string(),
  /** DescribeMetricFilters filterPattern */
  filterPattern: z.string(),
  /** DescribeMetricFilters metricTransformations */
  metricTransformations: z.array(CloudWatchMetricTransformation),
});
export type CloudWatchMetricFilter = z.infer<typeof CloudWatchMetricFilter>;

/** One metric an alarm queries (for metric-math alarms, a MetricStat of its Metrics[]). */
export const CloudWatchAlarmMetric = z.object({
  /** DescribeAlarms MetricAlarms[].Metrics[].MetricStat.Metric.MetricName */
  metricName: z.string(),
  /** DescribeAlarms MetricAlarms[].Metrics[].MetricStat.Metric.Namespace */
  namespace: z.string().nullable(),
  /** DescribeAlarms MetricAlarms[].Metrics[].MetricStat.Metric.Dimensions */
  dimensions: z.array(z.object({ name: z.string(), value: z.string() })),
});
export type CloudWatchAlarmMetric = z.infer<typeof CloudWatchAlarmMetric>;

export const CloudWatchAlarm = z.object({
  /** DescribeAlarms MetricAlarms[].AlarmArn */
  arn: z.string(),
  region: z.string(),
  /** DescribeAlarms MetricAlarms[].AlarmName */
  alarmName: z.string(),
  /** DescribeAlarms MetricAlarms[].MetricName (null for metric-math alarms) */
  metricName: z.string().nullable(),
  /** DescribeAlarms MetricAlarms[].Namespace */
  namespace: z.string().nullable(),
  /** DescribeAlarms MetricAlarms[].AlarmActions (SNS topic ARNs, automation actions) */
  alarmActions: z.array(z.string()),
  /** DescribeAlarms MetricAlarms[].ActionsEnabled */
  actionsEnabled: z.boolean(),
  /** DescribeAlarms MetricAlarms[].Dimensions */
  dimensions: z.array(z.object({ name: z.string(), value: z.string() })),
  /**
   * DescribeAlarms MetricAlarms[].Metrics[] with a MetricStat: the metrics a metric-math alarm
   * queries (it has no top-level MetricName). Empty for single-metric alarms; defaults to empty
   * so inventories written before the field existed still parse.
   */
  metrics: z.array(CloudWatchAlarmMetric).default([]),
});
export type CloudWatchAlarm = z.infer<typeof CloudWatchAlarm>;

export const SnsSubscription = z.object({
  /** ListSubscriptionsByTopic SubscriptionArn: an ARN once confirmed, else "PendingConfirmation" (or "Deleted") */
  subscriptionArn: z.string(),
  /** ListSubscriptionsByTopic Protocol (email, sqs, lambda, https, ...) */
  protocol: z.string(),
});
export type SnsSubscription = z.infer<typeof SnsSubscription>;

/** An SNS topic some alarm notifies. */
export const SnsTopic = z.object({
  /** From the alarm's AlarmActions */
  arn: z.string(),
  /** The topic's region, from its ARN */
  region: z.string(),
  /** sns:ListSubscriptionsByTopic (empty when the topic no longer exists: NotFound) */
  subscriptions: observedSchema(z.array(SnsSubscription)),
});
export type SnsTopic = z.infer<typeof SnsTopic>;

/** A CloudWatch Logs log group (logs:DescribeLogGroups). */
export const CloudWatchLogGroup = z.object({
  /** arn:PARTITION:logs:REGION:ACCOUNT:log-group:NAME (DescribeLogGroups arn without the trailing :*) */
  arn: z.string(),
  region: z.string(),
  /** logGroupName */
  name: z.string(),
  /** retentionInDays; null when absent: the log group never expires its events */
  retentionInDays: z.number().int().nullable(),
});
export type CloudWatchLogGroup = z.infer<typeof CloudWatchLogGroup>;

export const CloudWatchRegion = z.object({
  /** logs:DescribeMetricFilters (all log groups of the region) */
  metricFilters: observedSchema(z.array(CloudWatchMetricFilter)),
  /** cloudwatch:DescribeAlarms (metric alarms) */
  alarms: observedSchema(z.array(CloudWatchAlarm)),
  /** logs:DescribeLogGroups (every log group of the region). Absent in inventories written before Bulwark read it. */
  logGroups: observedSchema(z.array(CloudWatchLogGroup)).optional(),
});
export type CloudWatchRegion = z.infer<typeof CloudWatchRegion>;

export const CloudWatchSection = z.object({
  regions: regionalSchema(CloudWatchRegion),
  /**
   * cloudwatch:DescribeAlarmsForMetric AWS/Billing EstimatedCharges in us-east-1, the only region
   * with billing metrics; read whether or not us-east-1 is in the scanned regions.
   */
  billingAlarms: observedSchema(z.array(CloudWatchAlarm)),
  /** Every SNS topic named in an alarm action (scanned regions and billing alarms), once each */
  topics: z.array(SnsTopic),
});
export type CloudWatchSection = z.infer<typeof CloudWatchSection>;
