import { defineCheck } from '../define-check.js';
import { evaluateMetricFilter, metricFilterRemediation } from './metric-filter.js';

export const cloudwatchS3BucketPolicyChangesAlarmConfigured = defineCheck({
  id: 'cloudwatch-s3-bucket-policy-changes-alarm-configured',
  title: 'A metric filter and alarm with a subscribed SNS topic watch S3 bucket policy changes',
  service: 'cloudwatch',
  severity: 'low',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['CloudWatch.8'], 'cis-3.0': ['4.8'], checklist: ['5.9'] },
  rationale:
    'Bucket policy, ACL, CORS, lifecycle and replication changes can expose or destroy data; alerting on them shortens the exposure window.',
  remediation: metricFilterRemediation('4.8'),
  reads: ['cloudtrail', 'cloudwatch'],
  evaluate: (inv, ctx) => evaluateMetricFilter('4.8', inv, ctx),
});
