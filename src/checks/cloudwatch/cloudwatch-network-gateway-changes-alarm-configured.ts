import { defineCheck } from '../define-check.js';
import { evaluateMetricFilter, metricFilterRemediation } from './metric-filter.js';

export const cloudwatchNetworkGatewayChangesAlarmConfigured = defineCheck({
  id: 'cloudwatch-network-gateway-changes-alarm-configured',
  title: 'A metric filter and alarm with a subscribed SNS topic watch network gateway changes',
  service: 'cloudwatch',
  severity: 'low',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['CloudWatch.12'], 'cis-3.0': ['4.12'], checklist: ['5.9'] },
  rationale: 'Internet and customer gateways are the paths in and out of a VPC; a new or moved gateway can route traffic around controls.',
  remediation: metricFilterRemediation('4.12'),
  reads: ['cloudtrail', 'cloudwatch'],
  evaluate: (inv, ctx) => evaluateMetricFilter('4.12', inv, ctx),
});
