import { defineCheck } from '../define-check.js';
import { evaluateMetricFilter, metricFilterRemediation } from './metric-filter.js';

export const cloudwatchSecurityGroupChangesAlarmConfigured = defineCheck({
  id: 'cloudwatch-security-group-changes-alarm-configured',
  title: 'A metric filter and alarm with a subscribed SNS topic watch security group changes',
  service: 'cloudwatch',
  severity: 'low',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['CloudWatch.10'], 'cis-3.0': ['4.10'], checklist: ['5.9'] },
  rationale: 'Security group changes open or close network paths to instances; an unexpected rule can expose a service to the internet.',
  remediation: metricFilterRemediation('4.10'),
  reads: ['cloudtrail', 'cloudwatch'],
  evaluate: (inv, ctx) => evaluateMetricFilter('4.10', inv, ctx),
});
