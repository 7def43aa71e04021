import { defineCheck } from '../define-check.js';
import { evaluateMetricFilter, metricFilterRemediation } from './metric-filter.js';

export const cloudwatchRouteTableChangesAlarmConfigured = defineCheck({
  id: 'cloudwatch-route-table-changes-alarm-configured',
  title: 'A metric filter and alarm with a subscribed SNS topic watch route table changes',
  service: 'cloudwatch',
  severity: 'low',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['CloudWatch.13'], 'cis-3.0': ['4.13'], checklist: ['5.9'] },
  rationale: 'Route changes can send traffic through an unintended path or off the network entirely.',
  remediation: metricFilterRemediation('4.13'),
  reads: ['cloudtrail', 'cloudwatch'],
  evaluate: (inv, ctx) => evaluateMetricFilter('4.13', inv, ctx),
});
