import type {
  CloudFrontCacheBehavior,
  CloudFrontDistribution,
  CloudFrontDistributionConfig,
  CloudFrontOrigin,
  CloudfrontSection,
} from '../../src/model/cloudfront.js';
import { ACCOUNT_ID, ok } from './common.js';

/** An S3 origin with origin access control. */
export function cloudFrontS3Origin(overrides: Partial<CloudFrontOrigin> = {}): CloudFrontOrigin {
  return {
    id: 's3',
    domainName: 'data-eu-west-1.s3.eu-west-1.amazonaws.com',
    s3OriginConfig: true,
    originAccessControlId: 'E2OACEXAMPLE',
    custom: null,
    ...overrides,
  };
}

/** A custom origin reached over HTTPS with TLS 1.2 only. */
export function cloudFrontCustomOrigin(overrides: Partial<CloudFrontOrigin> = {}): CloudFrontOrigin {
  return {
    id: 'api',
    domainName: 'api.example.com',
    s3OriginConfig: false,
    originAccessControlId: null,
    custom: { originProtocolPolicy: 'https-only', originSslProtocols: ['TLSv1.2'] },
    ...overrides,
  };
}

export function cloudFrontBehavior(overrides: Partial<CloudFrontCacheBehavior> = {}): CloudFrontCacheBehavior {
  return {
    pathPattern: null,
    targetOriginId: 'group',
    viewerProtocolPolicy: 'redirect-to-https',
    trustedSigners: false,
    trustedKeyGroups: true,
    ...overrides,
  };
}

/**
 * A compliant distribution config: an S3 origin with OAC and a custom HTTPS origin in a failover
 * group, HTTPS to viewers, key-group signed URLs, a root object, logging, a web ACL and an ACM
 * certificate served with SNI and TLSv1.2_2021.
 */
export function cloudFrontConfig(overrides: Partial<CloudFrontDistributionConfig> = {}): CloudFrontDistributionConfig {
  return {
    defaultRootObject: 'index.html',
    origins: [cloudFrontS3Origin(), cloudFrontCustomOrigin()],
    originGroups: [{ id: 'group', members: ['s3', 'api'] }],
    cacheBehaviors: [
      cloudFrontBehavior(),
      cloudFrontBehavior({ pathPattern: '/api/*', targetOriginId: 'api', viewerProtocolPolicy: 'https-only' }),
    ],
    loggingEnabled: true,
    webAclId: `arn:aws:wafv2:us-east-1:${ACCOUNT_ID}:global/webacl/edge/1111`,
    viewerCertificate: {
      cloudFrontDefaultCertificate: false,
      acmCertificateArn: `arn:aws:acm:us-east-1:${ACCOUNT_ID}:certificate/abcd`,
      iamCertificateId: null,
      sslSupportMethod: 'sni-only',
      minimumProtocolVersion: 'TLSv1.2_2021',
    },
    ...overrides,
  };
}

export function cloudFrontDistribution(id: string, overrides: Partial<CloudFrontDistribution> = {}): CloudFrontDistribution {
  return {
    arn: `arn:aws:cloudfront::${ACCOUNT_ID}:distribution/${id}`,
    region: 'global',
    id,
    domainName: `${id.toLowerCase()}.cloudfront.net`,
    config: ok(cloudFrontConfig()),
    tagKeys: ok(['owner']),
    ...overrides,
  };
}

/** A section holding one distribution with the given config overrides. */
export function cloudfrontWith(config: Partial<CloudFrontDistributionConfig>, id = 'E1DIST'): CloudfrontSection {
  return { distributions: ok([cloudFrontDistribution(id, { config: ok(cloudFrontConfig(config)) })]) };
}

export function compliantCloudfrontSection(): CloudfrontSection {
  return { distributions: ok([cloudFrontDistribution('E1DIST')]) };
}
