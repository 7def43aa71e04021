import { accountRef, defineCheck, eachResource, fail, pass, unknown } from '../define-check.js';

export const s3BucketVersioningEnabled = defineCheck({
  id: 's3-bucket-versioning-enabled',
  title: 'S3 buckets have versioning enabled',
  service: 's3',
  severity: 'low',
  resourceType: 'AwsS3Bucket',
  frameworks: { fsbp: ['S3.14'], checklist: ['3.7'] },
  rationale:
    'Versioning keeps every previous version of an object, so an accidental overwrite or delete, or ransomware that rewrites objects, can be rolled back.',
  remediation: {
    summary: 'Enable versioning on the bucket, together with lifecycle rules that expire noncurrent versions to control cost.',
    cli: 'aws s3api put-bucket-versioning --bucket <bucket> --versioning-configuration Status=Enabled',
    docs: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/manage-versioning-examples.html',
  },
  reads: ['s3'],
  evaluate: (inv, ctx) =>
    eachResource(inv.s3.buckets, accountRef(ctx), (bucket) => {
      const v = bucket.versioning;
      if (!v.ok) return unknown(bucket, v.error);
      if (v.value.status === 'Enabled') return pass(bucket, `S3 bucket ${bucket.name} has versioning enabled.`);
      if (v.value.status === 'Suspended') return fail(bucket, `S3 bucket ${bucket.name} has versioning suspended.`);
      return fail(bucket, `S3 bucket ${bucket.name} has never had versioning enabled.`);
    }),
});
