import { defineCheck } from '../define-check.js';
import { evaluateMetricFilter, metricFilterRemediation } from './metric-filter.js';

export const cloudwatchOrganizationsChangesAlarmConfigured = defineCheck({
  id: 'cloudwatch-organizations-changes-alarm-configured',
  title: 'A metric filter and alarm with a subscribed SNS topic watch AWS Organizations changes',
  service: 'cloudwatch',
  severity: 'low',
  resourceType: 'AwsAccount',
  frameworks: { 'cis-3.0': ['4.15'], checklist: ['5.9'] },
  rationale: 'Changes to the organization (accounts, OUs, SCPs, handshakes) change the guardrails of every member account.',
  remediation: metricFilterRemediation('4.15'),
  reads: ['cloudtrail', 'cloudwatch'],
  evaluate: (inv, ctx) => evaluateMetricFilter('4.15', inv, ctx),
});
