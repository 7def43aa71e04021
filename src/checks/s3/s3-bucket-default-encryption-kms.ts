import { accountRef, defineCheck, eachResource, fail, pass, unknown } from '../define-check.js';

const KMS_ALGORITHMS = new Set(['aws:kms', 'aws:kms:dsse']);

export const s3BucketDefaultEncryptionKms = defineCheck({
  id: 's3-bucket-default-encryption-kms',
  title: 'S3 buckets are encrypted at rest with AWS KMS keys by default',
  service: 's3',
  severity: 'medium',
  resourceType: 'AwsS3Bucket',
  frameworks: { fsbp: ['S3.17'], checklist: ['3.4'] },
  rationale:
    'With SSE-KMS (or DSSE-KMS) reading an object also needs kms:Decrypt on the key, so the key policy is a second, audited access control, and every use of the key is logged in CloudTrail. ' +
    'SSE-S3, which AWS applies when nothing else is configured, gives neither.',
  remediation: {
    summary:
      'Set the bucket default encryption to SSE-KMS with a KMS key (a customer managed key for sensitive data) and enable S3 Bucket Keys to reduce KMS costs.',
    cli: 'aws s3api put-bucket-encryption --bucket <bucket> --server-side-encryption-configuration \'{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"<key-arn>"},"BucketKeyEnabled":true}]}\'',
    docs: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html',
  },
  reads: ['s3'],
  evaluate: (inv, ctx) =>
    eachResource(inv.s3.buckets, accountRef(ctx), (bucket) => {
      const enc = bucket.encryption;
      if (!enc.ok) return unknown(bucket, enc.error);
      if (!enc.value || enc.value.rules.length === 0) {
        return fail(
          bucket,
          `S3 bucket ${bucket.name} has no default encryption configuration, so objects get SSE-S3 at best, not a KMS key.`,
        );
      }
      const kms = enc.value.rules.find((r) => KMS_ALGORITHMS.has(r.sseAlgorithm));
      if (kms)
        return pass(
          bucket,
          `S3 bucket ${bucket.name} encrypts by default with ${kms.sseAlgorithm}${kms.kmsMasterKeyId ? ` key ${kms.kmsMasterKeyId}` : ' (AWS managed key aws/s3)'}.`,
        );
      return fail(
        bucket,
        `S3 bucket ${bucket.name} encrypts by default with ${enc.value.rules.map((r) => r.sseAlgorithm).join(', ')}, not an AWS KMS key.`,
      );
    }),
});
