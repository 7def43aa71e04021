/** Helpers the CloudFront checks share: walking distributions and classifying origins. */
import type { CloudFrontDistribution, CloudFrontDistributionConfig, CloudFrontOrigin, CloudfrontSection } from '../../model/cloudfront.js';
import { accountRef, eachResource, unknown } from '../define-check.js';
import type { CheckResult, EvalContext } from '../types.js';

/**
 * Runs `fn` on every distribution whose config was read; UNKNOWN for the list or a config that
 * could not be read. `fn` returns undefined for a distribution the control does not apply to.
 */
export function eachDistribution(
  section: CloudfrontSection,
  ctx: EvalContext,
  fn: (d: CloudFrontDistribution, config: CloudFrontDistributionConfig) => CheckResult | undefined,
): CheckResult[] {
  return eachResource(section.distributions, accountRef(ctx, 'global', 'cloudfront'), (d) =>
    d.config.ok ? fn(d, d.config.value) : unknown(d, d.config.error),
  );
}

/**
 * The bucket of an S3 REST endpoint host (`BUCKET.s3.amazonaws.com`, `BUCKET.s3.REGION.amazonaws.com`,
 * `BUCKET.s3-REGION.amazonaws.com`, `.com.cn` in China); null for any other host, S3 website
 * endpoints (`s3-website`) included, which CloudFront can only reach as custom origins.
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/VirtualHosting.html
 */
export function s3BucketOfHost(host: string): string | null {
  const m = /^(.+)\.s3(?:[.-](?!website)[a-z0-9-]+)?\.amazonaws\.com(?:\.cn)?$/i.exec(host);
  return m && !/\.s3-website[.-]/i.test(host) ? (m[1] ?? null) : null;
}

/**
 * An S3 origin as CloudFront sees it: one with S3OriginConfig, or (when the answer carries no
 * origin type at all) a host that is an S3 REST endpoint.
 */
export function isS3Origin(o: CloudFrontOrigin): boolean {
  return o.s3OriginConfig || (o.custom === null && s3BucketOfHost(o.domainName) !== null);
}

/** A Lambda function URL host: `URLID.lambda-url.REGION.on.aws`. */
export function isLambdaUrlOrigin(o: CloudFrontOrigin): boolean {
  return /\.lambda-url\.[a-z0-9-]+\.on\.aws$/i.test(o.domainName);
}

/** A custom certificate (ACM or IAM) rather than the default *.cloudfront.net one. */
export function usesCustomCertificate(c: CloudFrontDistributionConfig): boolean {
  return c.viewerCertificate.acmCertificateArn !== null || c.viewerCertificate.iamCertificateId !== null;
}

export const name = (d: CloudFrontDistribution) => `CloudFront distribution ${d.id}`;

export const listOf = (items: readonly string[]) => items.join(', ');

/**
 * Every distribution setting changes through a read-modify-write: `aws cloudfront
 * get-distribution-config`, edit DistributionConfig into config.json, then this with its ETag.
 */
export const UPDATE_DISTRIBUTION_CLI =
  'aws cloudfront update-distribution --id <distribution-id> --distribution-config file://config.json --if-match <etag>';
