import { accountRef, defineCheck, eachResource, fail, pass, unknown } from '../define-check.js';

export const s3BucketLifecycleConfigured = defineCheck({
  id: 's3-bucket-lifecycle-configured',
  title: 'S3 buckets have an enabled lifecycle rule',
  service: 's3',
  severity: 'low',
  resourceType: 'AwsS3Bucket',
  frameworks: { fsbp: ['S3.13'], checklist: ['3.7'] },
  rationale:
    'Lifecycle rules expire or archive data that is no longer needed, which limits what a breach can expose and keeps retention in line with policy.',
  remediation: {
    summary: 'Add a lifecycle configuration with at least one enabled rule (transition, expiration or noncurrent-version expiration).',
    cli: 'aws s3api put-bucket-lifecycle-configuration --bucket <bucket> --lifecycle-configuration file://lifecycle.json',
    docs: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lifecycle-mgmt.html',
  },
  reads: ['s3'],
  evaluate: (inv, ctx) =>
    eachResource(inv.s3.buckets, accountRef(ctx), (bucket) => {
      const lc = bucket.lifecycle;
      if (!lc.ok) return unknown(bucket, lc.error);
      if (!lc.value) return fail(bucket, `S3 bucket ${bucket.name} has no lifecycle configuration.`);
      const enabled = lc.value.rules.filter((r) => r.status === 'Enabled');
      if (enabled.length > 0) return pass(bucket, `S3 bucket ${bucket.name} has ${enabled.length} enabled lifecycle rule(s).`);
      return fail(bucket, `S3 bucket ${bucket.name} has a lifecycle configuration but no enabled rule.`);
    }),
});
