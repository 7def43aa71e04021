import { defineCheck } from '../define-check.js';
import { evaluateMetricFilter, metricFilterRemediation } from './metric-filter.js';

export const cloudwatchKmsKeyDisableDeletionAlarmConfigured = defineCheck({
  id: 'cloudwatch-kms-key-disable-deletion-alarm-configured',
  title: 'A metric filter and alarm with a subscribed SNS topic watch disabling or scheduled deletion of customer managed KMS keys',
  service: 'cloudwatch',
  severity: 'low',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['CloudWatch.7'], 'cis-3.0': ['4.7'], checklist: ['5.9'] },
  rationale:
    'Disabling or deleting a KMS key makes the data it protects unreadable; an unexpected change must be caught within the waiting period.',
  remediation: metricFilterRemediation('4.7'),
  reads: ['cloudtrail', 'cloudwatch'],
  evaluate: (inv, ctx) => evaluateMetricFilter('4.7', inv, ctx),
});
