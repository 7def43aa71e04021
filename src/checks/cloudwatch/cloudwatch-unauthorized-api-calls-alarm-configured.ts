import { defineCheck } from '../define-check.js';
import { evaluateMetricFilter, metricFilterRemediation } from './metric-filter.js';

export const cloudwatchUnauthorizedApiCallsAlarmConfigured = defineCheck({
  id: 'cloudwatch-unauthorized-api-calls-alarm-configured',
  title: 'A metric filter and alarm with a subscribed SNS topic watch unauthorized API calls',
  service: 'cloudwatch',
  severity: 'low',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['CloudWatch.2'], 'cis-3.0': ['4.1'], checklist: ['5.9'] },
  rationale:
    'Repeated AccessDenied and UnauthorizedOperation errors are often the first sign of stolen credentials probing what they can reach, or of a misconfigured application.',
  remediation: metricFilterRemediation('4.1'),
  reads: ['cloudtrail', 'cloudwatch'],
  evaluate: (inv, ctx) => evaluateMetricFilter('4.1', inv, ctx),
});
