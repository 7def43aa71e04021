import { accountRef, defineCheck, eachResource, fail, missingData, pass, unknown } from '../define-check.js';

/** Security Hub S3.15 (AWS Config s3-bucket-default-lock-enabled, no mode parameter): Object Lock is enabled. */
export const s3BucketObjectLockEnabled = defineCheck({
  id: 's3-bucket-object-lock-enabled',
  title: 'S3 general purpose buckets have Object Lock enabled',
  service: 's3',
  severity: 'medium',
  resourceType: 'AwsS3Bucket',
  frameworks: { fsbp: ['S3.15'] },
  rationale:
    'Object Lock stores objects write-once-read-many: they cannot be deleted or overwritten for a retention period, which protects backups and logs from ransomware and from a compromised administrator.',
  remediation: {
    summary:
      'Enable Object Lock on the bucket (versioning must be on) and set a default retention mode and period where the data needs it.',
    cli: 'aws s3api put-object-lock-configuration --bucket <bucket> --object-lock-configuration \'{"ObjectLockEnabled":"Enabled"}\'',
    docs: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html',
  },
  reads: ['s3'],
  evaluate: (inv, ctx) =>
    eachResource(inv.s3.buckets, accountRef(ctx), (bucket) => {
      const lock = bucket.objectLock;
      if (lock === undefined)
        return unknown(
          bucket,
          missingData('s3:GetBucketObjectLockConfiguration', bucket.arn, 'the inventory predates reading Object Lock', {
            region: bucket.region,
          }),
        );
      if (!lock.ok) return unknown(bucket, lock.error);
      return lock.value?.enabled
        ? pass(bucket, `S3 bucket ${bucket.name} has Object Lock enabled.`)
        : fail(bucket, `S3 bucket ${bucket.name} does not have Object Lock enabled.`);
    }),
});
