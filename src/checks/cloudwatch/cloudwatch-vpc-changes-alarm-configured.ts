import { defineCheck } from '../define-check.js';
import { evaluateMetricFilter, metricFilterRemediation } from './metric-filter.js';

export const cloudwatchVpcChangesAlarmConfigured = defineCheck({
  id: 'cloudwatch-vpc-changes-alarm-configured',
  title: 'A metric filter and alarm with a subscribed SNS topic watch VPC changes',
  service: 'cloudwatch',
  severity: 'low',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['CloudWatch.14'], 'cis-3.0': ['4.14'], checklist: ['5.9'] },
  rationale: 'VPC, peering and ClassicLink changes alter which networks can reach each other.',
  remediation: metricFilterRemediation('4.14'),
  reads: ['cloudtrail', 'cloudwatch'],
  evaluate: (inv, ctx) => evaluateMetricFilter('4.14', inv, ctx),
});
