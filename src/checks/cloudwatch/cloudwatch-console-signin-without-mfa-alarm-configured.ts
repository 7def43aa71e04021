import { defineCheck } from '../define-check.js';
import { evaluateMetricFilter, metricFilterRemediation } from './metric-filter.js';

export const cloudwatchConsoleSigninWithoutMfaAlarmConfigured = defineCheck({
  id: 'cloudwatch-console-signin-without-mfa-alarm-configured',
  title: 'A metric filter and alarm with a subscribed SNS topic watch console sign-ins without MFA',
  service: 'cloudwatch',
  severity: 'low',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['CloudWatch.3'], 'cis-3.0': ['4.2'], checklist: ['5.9'] },
  rationale: 'A console sign-in without MFA means a single password was enough; alerting on it shows accounts that escape the MFA policy.',
  remediation: metricFilterRemediation('4.2'),
  reads: ['cloudtrail', 'cloudwatch'],
  evaluate: (inv, ctx) => evaluateMetricFilter('4.2', inv, ctx),
});
