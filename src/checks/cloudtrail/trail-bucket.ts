/** Finding a trail's log bucket in the s3 section, for the CloudTrail.6 and CloudTrail.7 checks. */
import type { CloudTrailTrail } from '../../model/cloudtrail.js';
import type { S3Bucket, S3Section } from '../../model/s3.js';
import { undecided, unknown, type CheckResult } from '../define-check.js';

/**
 * The trail's bucket, or the result to report when it cannot be inspected: the bucket list was
 * unreadable, or the bucket is not in this account's list (an organization or central logging
 * bucket in another account, or a deleted bucket), which this scan cannot look into.
 */
export function trailBucket(trail: CloudTrailTrail, s3: S3Section): { bucket: S3Bucket } | { result: CheckResult } | undefined {
  const name = trail.s3BucketName;
  // CreateTrail requires a bucket, so this only guards against a malformed inventory.
  if (!name) return undefined;
  if (!s3.buckets.ok)
    return { result: unknown(trail, s3.buckets.error, `The log bucket ${name} of trail ${trail.name} could not be inspected`) };
  const bucket = s3.buckets.value.find((b) => b.name === name);
  if (bucket) return { bucket };
  return {
    result: undecided(
      trail,
      `Trail ${trail.name} writes to bucket ${name}, which is not among this account's buckets (another account's or deleted), so it cannot be inspected.`,
    ),
  };
}
