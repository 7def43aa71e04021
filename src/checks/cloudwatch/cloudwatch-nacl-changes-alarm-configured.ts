import { defineCheck } from '../define-check.js';
import { evaluateMetricFilter, metricFilterRemediation } from './metric-filter.js';

export const cloudwatchNaclChangesAlarmConfigured = defineCheck({
  id: 'cloudwatch-nacl-changes-alarm-configured',
  title: 'A metric filter and alarm with a subscribed SNS topic watch network ACL changes',
  service: 'cloudwatch',
  severity: 'low',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['CloudWatch.11'], 'cis-3.0': ['4.11'], checklist: ['5.9'] },
  rationale: 'Network ACL changes alter subnet-level filtering; alerting on them catches accidental or malicious opening of subnets.',
  remediation: metricFilterRemediation('4.11'),
  reads: ['cloudtrail', 'cloudwatch'],
  evaluate: (inv, ctx) => evaluateMetricFilter('4.11', inv, ctx),
});
