import { defineCheck } from '../define-check.js';
import { evaluateMetricFilter, metricFilterRemediation } from './metric-filter.js';

export const cloudwatchConfigChangesAlarmConfigured = defineCheck({
  id: 'cloudwatch-config-changes-alarm-configured',
  title: 'A metric filter and alarm with a subscribed SNS topic watch AWS Config configuration changes',
  service: 'cloudwatch',
  severity: 'low',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['CloudWatch.9'], 'cis-3.0': ['4.9'], checklist: ['5.9'] },
  rationale:
    'Stopping the Config recorder or removing its delivery channel removes the configuration history that audits and investigations rely on.',
  remediation: metricFilterRemediation('4.9'),
  reads: ['cloudtrail', 'cloudwatch'],
  evaluate: (inv, ctx) => evaluateMetricFilter('4.9', inv, ctx),
});
