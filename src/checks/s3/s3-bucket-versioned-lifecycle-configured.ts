import { accountRef, defineCheck, eachResource, fail, notApplicable, pass, unknown } from '../define-check.js';

export const s3BucketVersionedLifecycleConfigured = defineCheck({
  id: 's3-bucket-versioned-lifecycle-configured',
  title: 'Versioned S3 buckets have an enabled lifecycle rule',
  service: 's3',
  severity: 'medium',
  resourceType: 'AwsS3Bucket',
  frameworks: { fsbp: ['S3.10'], checklist: ['3.7'] },
  rationale:
    'A versioned bucket keeps every noncurrent version forever unless a lifecycle rule expires them, so storage and the data a breach would expose grow without bound.',
  remediation: {
    summary: 'Add a lifecycle rule to the versioned bucket, typically NoncurrentVersionExpiration after the retention period.',
    cli: 'aws s3api put-bucket-lifecycle-configuration --bucket <bucket> --lifecycle-configuration file://lifecycle.json',
    docs: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lifecycle-mgmt.html',
  },
  reads: ['s3'],
  evaluate: (inv, ctx) =>
    eachResource(inv.s3.buckets, accountRef(ctx), (bucket) => {
      const v = bucket.versioning;
      if (!v.ok) return unknown(bucket, v.error);
      if (v.value.status !== 'Enabled') return notApplicable(bucket, `S3 bucket ${bucket.name} does not have versioning enabled.`);
      const lc = bucket.lifecycle;
      if (!lc.ok) return unknown(bucket, lc.error);
      if (!lc.value) return fail(bucket, `S3 bucket ${bucket.name} is versioned but has no lifecycle configuration.`);
      const enabled = lc.value.rules.filter((r) => r.status === 'Enabled');
      if (enabled.length > 0)
        return pass(bucket, `S3 bucket ${bucket.name} is versioned and has ${enabled.length} enabled lifecycle rule(s).`);
      return fail(bucket, `S3 bucket ${bucket.name} is versioned but its lifecycle configuration has no enabled rule.`);
    }),
});
