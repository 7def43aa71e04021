import { accountRef, defineCheck, eachResource, fail, pass, unknown } from '../define-check.js';

export const s3BucketAccessLoggingEnabled = defineCheck({
  id: 's3-bucket-access-logging-enabled',
  title: 'S3 buckets have server access logging enabled',
  service: 's3',
  severity: 'medium',
  resourceType: 'AwsS3Bucket',
  frameworks: { fsbp: ['S3.9'], checklist: ['3.8'] },
  rationale:
    'Server access logs record every request made to a bucket, including anonymous ones CloudTrail data events may miss; without them there is no record of who read or changed objects.',
  remediation: {
    summary: 'Enable server access logging to a dedicated log bucket in the same region.',
    cli: 'aws s3api put-bucket-logging --bucket <bucket> --bucket-logging-status \'{"LoggingEnabled":{"TargetBucket":"<log-bucket>","TargetPrefix":"<bucket>/"}}\'',
    docs: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html',
  },
  reads: ['s3'],
  evaluate: (inv, ctx) =>
    eachResource(inv.s3.buckets, accountRef(ctx), (bucket) => {
      if (!bucket.logging.ok) return unknown(bucket, bucket.logging.error);
      return bucket.logging.value
        ? pass(bucket, `S3 bucket ${bucket.name} delivers access logs to ${bucket.logging.value.targetBucket}.`)
        : fail(bucket, `S3 bucket ${bucket.name} has server access logging disabled.`);
    }),
});
