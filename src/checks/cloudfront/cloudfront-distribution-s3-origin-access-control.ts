import { defineCheck, fail, pass } from '../define-check.js';
import { eachDistribution, isS3Origin, listOf, name, UPDATE_DISTRIBUTION_CLI } from './distributions.js';

export const cloudfrontDistributionS3OriginAccessControl = defineCheck({
  id: 'cloudfront-distribution-s3-origin-access-control',
  title: 'CloudFront distributions use origin access control for S3 origins',
  service: 'cloudfront',
  severity: 'medium',
  resourceType: 'AwsCloudFrontDistribution',
  frameworks: { fsbp: ['CloudFront.13'] },
  rationale:
    'Origin access control (OAC) signs requests to the bucket, so the bucket policy can admit only this distribution and the bucket stays private; unlike the legacy origin access identity (OAI) it supports SSE-KMS and every Region. As Security Hub CloudFront.13, a distribution with an S3 origin without OAC fails (an OAI does not count); distributions without S3 origins are out of scope.',
  remediation: {
    summary:
      'Create an origin access control (type s3) and set it on each S3 origin; grant cloudfront.amazonaws.com read in the bucket policy, scoped with AWS:SourceArn to the distribution.',
    cli: UPDATE_DISTRIBUTION_CLI,
    console:
      'CloudFront console > Distributions > <distribution> > Origins > <S3 origin> > Edit > Origin access: Origin access control settings > choose or create an OAC > Save changes.',
    docs: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html',
  },
  reads: ['cloudfront'],
  evaluate: (inv, ctx) =>
    eachDistribution(inv.cloudfront, ctx, (d, c) => {
      const s3 = c.origins.filter(isS3Origin);
      if (s3.length === 0) return undefined;
      const without = s3.filter((o) => o.originAccessControlId === null).map((o) => o.id);
      return without.length === 0
        ? pass(d, `${name(d)} uses origin access control on every S3 origin.`)
        : fail(d, `${name(d)} has S3 origins without origin access control: ${listOf(without)}.`);
    }),
});
