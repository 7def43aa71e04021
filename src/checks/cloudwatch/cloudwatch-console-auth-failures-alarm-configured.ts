import { defineCheck } from '../define-check.js';
import { evaluateMetricFilter, metricFilterRemediation } from './metric-filter.js';

export const cloudwatchConsoleAuthFailuresAlarmConfigured = defineCheck({
  id: 'cloudwatch-console-auth-failures-alarm-configured',
  title: 'A metric filter and alarm with a subscribed SNS topic watch console authentication failures',
  service: 'cloudwatch',
  severity: 'low',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['CloudWatch.6'], 'cis-3.0': ['4.6'], checklist: ['5.9'] },
  rationale: 'A burst of failed console sign-ins points at password guessing against the account.',
  remediation: metricFilterRemediation('4.6'),
  reads: ['cloudtrail', 'cloudwatch'],
  evaluate: (inv, ctx) => evaluateMetricFilter('4.6', inv, ctx),
});
