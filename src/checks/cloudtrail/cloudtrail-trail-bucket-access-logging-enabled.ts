import { defineCheck, fail, pass, unknown } from '../define-check.js';
import { eachTrail } from './trails.js';
import { trailBucket } from './trail-bucket.js';

export const cloudtrailTrailBucketAccessLoggingEnabled = defineCheck({
  id: 'cloudtrail-trail-bucket-access-logging-enabled',
  title: 'The S3 buckets CloudTrail trails write to have server access logging enabled',
  service: 'cloudtrail',
  severity: 'low',
  resourceType: 'AwsCloudTrailTrail',
  frameworks: { fsbp: ['CloudTrail.7'], 'cis-3.0': ['3.4'], checklist: ['5.4'] },
  rationale:
    'Server access logs on the trail bucket record who read, changed or deleted the audit logs themselves, which matters when investigating whether the trail was tampered with.',
  remediation: {
    summary: 'Enable server access logging on the trail bucket, to a separate logging bucket in the same region.',
    cli: 'aws s3api put-bucket-logging --bucket <trail-bucket> --bucket-logging-status \'{"LoggingEnabled":{"TargetBucket":"<log-bucket>","TargetPrefix":"<trail-bucket>/"}}\'',
    docs: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html',
  },
  reads: ['cloudtrail', 's3'],
  evaluate: (inv, ctx) =>
    eachTrail(inv.cloudtrail, ctx, (trail) => {
      const found = trailBucket(trail, inv.s3);
      if (!found) return undefined;
      if ('result' in found) return found.result;
      const { bucket } = found;
      if (!bucket.logging.ok)
        return unknown(
          trail,
          bucket.logging.error,
          `Whether bucket ${bucket.name} of trail ${trail.name} has access logging could not be decided`,
        );
      return bucket.logging.value
        ? pass(
            trail,
            `Trail ${trail.name} writes to bucket ${bucket.name}, which delivers access logs to ${bucket.logging.value.targetBucket}.`,
          )
        : fail(trail, `Trail ${trail.name} writes to bucket ${bucket.name}, which has server access logging disabled.`);
    }),
});
