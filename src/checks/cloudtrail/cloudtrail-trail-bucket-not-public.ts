import { defineCheck, fail, pass, unknown } from '../define-check.js';
import { assessPublicAccess } from '../s3/public-access.js';
import { eachTrail } from './trails.js';
import { trailBucket } from './trail-bucket.js';

export const cloudtrailTrailBucketNotPublic = defineCheck({
  id: 'cloudtrail-trail-bucket-not-public',
  title: 'The S3 buckets CloudTrail trails write to are not public',
  service: 'cloudtrail',
  severity: 'critical',
  resourceType: 'AwsCloudTrailTrail',
  frameworks: { fsbp: ['CloudTrail.6'], checklist: ['5.4'] },
  rationale:
    'CloudTrail logs map the whole account (principals, resources, IP addresses); a public log bucket hands that map to anyone, and a publicly writable one lets them forge or delete the audit record.',
  remediation: {
    summary:
      'Remove public ACL grants and public policy statements from the trail bucket and turn on all four Block Public Access settings.',
    cli: 'aws s3api put-public-access-block --bucket <trail-bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    docs: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html',
  },
  reads: ['cloudtrail', 's3'],
  evaluate: (inv, ctx) =>
    eachTrail(inv.cloudtrail, ctx, (trail) => {
      const found = trailBucket(trail, inv.s3);
      if (!found) return undefined;
      if ('result' in found) return found.result;
      const { bucket } = found;
      const { read, write } = assessPublicAccess(bucket, inv.s3.accountPublicAccessBlock);
      const publicVia = [...(read.verdict === 'public' ? read.via : []), ...(write.verdict === 'public' ? write.via : [])];
      if (publicVia.length)
        return fail(
          trail,
          `Trail ${trail.name} writes to bucket ${bucket.name}, which is public through ${[...new Set(publicVia)].join('; ')}.`,
        );
      if (read.verdict === 'unknown' || write.verdict === 'unknown') {
        return unknown(
          trail,
          [...read.errors, ...write.errors],
          `Whether bucket ${bucket.name} of trail ${trail.name} is public could not be decided`,
        );
      }
      return pass(trail, `Trail ${trail.name} writes to bucket ${bucket.name}, which grants no public read or write access.`);
    }),
});
