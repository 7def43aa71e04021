import { z } from 'zod';
import { observedSchema } from './observed.js';

/** One origin of a distribution (GetDistributionConfig DistributionConfig.Origins.Items[]). */
export const CloudFrontOrigin = z.object({
  /** Origins.Items[].Id: what cache behaviors and origin groups name */
  id: z.string(),
  /** Origins.Items[].DomainName: `BUCKET.s3.REGION.amazonaws.com`, `ID.lambda-url.REGION.on.aws`, a custom host ... */
  domainName: z.string(),
  /** Origins.Items[].S3OriginConfig is present: CloudFront treats the origin as an S3 REST endpoint */
  s3OriginConfig: z.boolean(),
  /** Origins.Items[].OriginAccessControlId; null when empty or absent (no OAC) */
  originAccessControlId: z.string().nullable(),
  /**
   * Origins.Items[].CustomOriginConfig; null when the origin has none (an S3 REST or VPC origin).
   * `originSslProtocols` is OriginSslProtocols.Items (e.g. SSLv3, TLSv1, TLSv1.1, TLSv1.2).
   */
  custom: z
    .object({
      /** http-only, match-viewer or https-only */
      originProtocolPolicy: z.string(),
      originSslProtocols: z.array(z.string()),
    })
    .nullable(),
});
export type CloudFrontOrigin = z.infer<typeof CloudFrontOrigin>;

/** The default cache behavior or one of CacheBehaviors.Items[]. */
export const CloudFrontCacheBehavior = z.object({
  /** CacheBehaviors.Items[].PathPattern; null for DefaultCacheBehavior */
  pathPattern: z.string().nullable(),
  /** TargetOriginId: an origin id or an origin group id */
  targetOriginId: z.string(),
  /** ViewerProtocolPolicy: allow-all, https-only or redirect-to-https */
  viewerProtocolPolicy: z.string(),
  /** TrustedSigners.Enabled with at least one account: signed URLs validated with CloudFront key pairs (legacy) */
  trustedSigners: z.boolean(),
  /** TrustedKeyGroups.Enabled with at least one key group: signed URLs validated with key groups */
  trustedKeyGroups: z.boolean(),
});
export type CloudFrontCacheBehavior = z.infer<typeof CloudFrontCacheBehavior>;

/** GetDistributionConfig DistributionConfig.ViewerCertificate. */
export const CloudFrontViewerCertificate = z.object({
  /** CloudFrontDefaultCertificate: the *.cloudfront.net certificate */
  cloudFrontDefaultCertificate: z.boolean(),
  /** ACMCertificateArn; null when empty or absent */
  acmCertificateArn: z.string().nullable(),
  /** IAMCertificateId; null when empty or absent */
  iamCertificateId: z.string().nullable(),
  /** SSLSupportMethod: sni-only, vip or static-ip; null when absent (the default certificate) */
  sslSupportMethod: z.string().nullable(),
  /** MinimumProtocolVersion (security policy), e.g. TLSv1, TLSv1.2_2021; null when absent */
  minimumProtocolVersion: z.string().nullable(),
});
export type CloudFrontViewerCertificate = z.infer<typeof CloudFrontViewerCertificate>;

/** What GetDistributionConfig says about a distribution (only what checks read). */
export const CloudFrontDistributionConfig = z.object({
  /** DefaultRootObject; null when empty or absent */
  defaultRootObject: z.string().nullable(),
  origins: z.array(CloudFrontOrigin),
  /** OriginGroups.Items[]: each group's id and member origin ids (failover pairs) */
  originGroups: z.array(z.object({ id: z.string(), members: z.array(z.string()) })),
  /** DefaultCacheBehavior first (pathPattern null), then CacheBehaviors.Items[] */
  cacheBehaviors: z.array(CloudFrontCacheBehavior),
  /** Logging.Enabled (standard logging, legacy: to an S3 bucket) */
  loggingEnabled: z.boolean(),
  /** WebACLId: a WAFv2 web ACL ARN or a WAF Classic web ACL id; null when empty (no web ACL) */
  webAclId: z.string().nullable(),
  viewerCertificate: CloudFrontViewerCertificate,
});
export type CloudFrontDistributionConfig = z.infer<typeof CloudFrontDistributionConfig>;

export const CloudFrontDistribution = z.object({
  /** `arn:PARTITION:cloudfront::ACCOUNT:distribution/ID` (built from the id: CloudFront is global) */
  arn: z.string(),
  region: z.literal('global'),
  /** ListDistributions Items[].Id */
  id: z.string(),
  /** ListDistributions Items[].DomainName (`xxxx.cloudfront.net`) */
  domainName: z.string(),
  /** GetDistributionConfig (ListDistributions summaries lack DefaultRootObject and Logging) */
  config: observedSchema(CloudFrontDistributionConfig),
  /** ListTagsForResource Tags.Items[].Key (values are not kept); absent in inventories collected before it was read */
  tagKeys: observedSchema(z.array(z.string())).optional(),
});
export type CloudFrontDistribution = z.infer<typeof CloudFrontDistribution>;

/** What the cloudfront collector records. CloudFront is global: one list for the account. */
export const CloudfrontSection = z.object({
  /** ListDistributions (global API, called in us-east-1) */
  distributions: observedSchema(z.array(CloudFrontDistribution)),
});
export type CloudfrontSection = z.infer<typeof CloudfrontSection>;
