import { accountRef, defineCheck, eachResource, fail, pass, unknown } from '../define-check.js';

export const s3BucketDefaultEncryptionEnabled = defineCheck({
  id: 's3-bucket-default-encryption-enabled',
  title: 'S3 buckets have default encryption configured',
  service: 's3',
  severity: 'medium',
  resourceType: 'AwsS3Bucket',
  // FSBP S3.4 covered this until AWS made SSE-S3 the default for every bucket (January 2023) and retired it.
  frameworks: { checklist: ['3.4'] },
  rationale:
    'Default encryption guarantees that every new object is encrypted at rest. Since January 2023 AWS applies SSE-S3 to every bucket, so a bucket reported without any ' +
    'default encryption configuration comes from an older API or an S3-compatible endpoint and must be configured explicitly.',
  remediation: {
    summary: 'Configure default encryption on the bucket, preferably SSE-KMS with a customer managed key and S3 Bucket Keys.',
    cli: 'aws s3api put-bucket-encryption --bucket <bucket> --server-side-encryption-configuration \'{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"<key-arn>"},"BucketKeyEnabled":true}]}\'',
    docs: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-bucket-encryption.html',
  },
  reads: ['s3'],
  evaluate: (inv, ctx) =>
    eachResource(inv.s3.buckets, accountRef(ctx), (bucket) => {
      const enc = bucket.encryption;
      if (!enc.ok) return unknown(bucket, enc.error);
      const algorithms = enc.value?.rules.map((r) => r.sseAlgorithm) ?? [];
      if (algorithms.length > 0) return pass(bucket, `S3 bucket ${bucket.name} has default encryption ${algorithms.join(', ')}.`);
      return fail(bucket, `S3 bucket ${bucket.name} has no default encryption configuration.`);
    }),
});
