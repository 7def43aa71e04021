import { defineCheck } from '../define-check.js';
import { evaluateMetricFilter, metricFilterRemediation } from './metric-filter.js';

export const cloudwatchIamPolicyChangesAlarmConfigured = defineCheck({
  id: 'cloudwatch-iam-policy-changes-alarm-configured',
  title: 'A metric filter and alarm with a subscribed SNS topic watch IAM policy changes',
  service: 'cloudwatch',
  severity: 'low',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['CloudWatch.4'], 'cis-3.0': ['4.4'], checklist: ['5.9'] },
  rationale:
    'Policy changes grant or remove access; alerting on them catches privilege escalation and accidental over-permissioning quickly.',
  remediation: metricFilterRemediation('4.4'),
  reads: ['cloudtrail', 'cloudwatch'],
  evaluate: (inv, ctx) => evaluateMetricFilter('4.4', inv, ctx),
});
