import { defineCheck } from '../define-check.js';
import { evaluateMetricFilter, metricFilterRemediation } from './metric-filter.js';

export const cloudwatchRootUsageAlarmConfigured = defineCheck({
  id: 'cloudwatch-root-usage-alarm-configured',
  title: 'A metric filter and alarm with a subscribed SNS topic watch root user activity',
  service: 'cloudwatch',
  severity: 'low',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['CloudWatch.1'], 'cis-3.0': ['4.3'], checklist: ['5.9'] },
  rationale: 'The root user cannot be restricted by IAM; any use of it outside break-glass procedures deserves immediate attention.',
  remediation: metricFilterRemediation('4.3'),
  reads: ['cloudtrail', 'cloudwatch'],
  evaluate: (inv, ctx) => evaluateMetricFilter('4.3', inv, ctx),
});
