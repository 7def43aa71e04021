import { defineCheck, pass, undecided, unknown } from '../define-check.js';
import { eachDistribution, isS3Origin, listOf, name, s3BucketOfHost } from './distributions.js';

export const cloudfrontDistributionS3OriginExists = defineCheck({
  id: 'cloudfront-distribution-s3-origin-exists',
  title: 'CloudFront distributions do not point to non-existent S3 buckets',
  service: 'cloudfront',
  severity: 'high',
  resourceType: 'AwsCloudFrontDistribution',
  frameworks: { fsbp: ['CloudFront.12'] },
  rationale:
    "An origin naming a deleted bucket lets anyone who creates a bucket with that name serve content under the distribution's domain. As Security Hub CloudFront.12, origins with S3OriginConfig are judged (website endpoints are custom origins and out of scope). The bucket is looked up in this account's ListBuckets: a bucket that is not there may have been deleted or may belong to another account, which a read-only scan of this account cannot tell apart, so that case is reported as undecided.",
  remediation: {
    summary: 'Recreate the bucket in this account, or point the origin at an existing bucket, or remove the origin.',
    cli: 'aws s3api create-bucket --bucket <bucket> --region <region>',
    console: 'CloudFront console > Distributions > <distribution> > Origins > <origin> > Edit (or Delete).',
    docs: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DownloadDistS3AndCustomOrigins.html',
  },
  reads: ['cloudfront', 's3'],
  evaluate: (inv, ctx) =>
    eachDistribution(inv.cloudfront, ctx, (d, c) => {
      const buckets = c.origins
        .filter(isS3Origin)
        .map((o) => s3BucketOfHost(o.domainName))
        .filter((b): b is string => b !== null);
      if (buckets.length === 0) return undefined;
      if (!inv.s3.buckets.ok) return unknown(d, inv.s3.buckets.error, `Whether the S3 origins of ${name(d)} exist could not be decided`);
      const own = new Set(inv.s3.buckets.value.map((b) => b.name));
      const missing = [...new Set(buckets)].filter((b) => !own.has(b));
      if (missing.length === 0) return pass(d, `${name(d)} points to S3 buckets that exist in this account: ${listOf(buckets)}.`);
      return undecided(
        d,
        `${name(d)} points to S3 buckets not in this account's bucket list (${listOf(missing)}): they either do not exist or belong to another account.`,
      );
    }),
});
