import { defineCheck } from '../define-check.js';
import { evaluateMetricFilter, metricFilterRemediation } from './metric-filter.js';

export const cloudwatchCloudtrailChangesAlarmConfigured = defineCheck({
  id: 'cloudwatch-cloudtrail-changes-alarm-configured',
  title: 'A metric filter and alarm with a subscribed SNS topic watch CloudTrail configuration changes',
  service: 'cloudwatch',
  severity: 'low',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['CloudWatch.5'], 'cis-3.0': ['4.5'], checklist: ['5.9'] },
  rationale: 'Stopping or changing a trail is how an intruder blinds the audit record; the change must raise an alarm.',
  remediation: metricFilterRemediation('4.5'),
  reads: ['cloudtrail', 'cloudwatch'],
  evaluate: (inv, ctx) => evaluateMetricFilter('4.5', inv, ctx),
});
