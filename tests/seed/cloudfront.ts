/**
 * Demo CloudFront distributions: "demo-good" (one HTTPS custom origin in a failover group with a
 * second, HTTPS to viewers, key-group signed URLs, logging, a web ACL, an ACM certificate with SNI
 * and TLSv1.2_2021) and "demo-bad" (HTTP everywhere, SSLv3 to its origin, the default
 * certificate, no logging, no web ACL, no failover, an S3 origin without a root object or OAC
 * that names a bucket nobody created, and a Lambda function URL origin without OAC).
 * S3 origins are kept out of "demo-good" because moto drops their S3OriginConfig and
 * OriginAccessControlId (docs/testing.md).
 */
import { CloudFrontClient, CreateDistributionCommand, type DistributionConfig, type Origin } from '@aws-sdk/client-cloudfront';
import { MOTO_ACCOUNT_ID, TEST_CREDENTIALS } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

const forwarded = { QueryString: false, Cookies: { Forward: 'none' as const } };
const https = (id: string, host: string): Origin => ({
  Id: id,
  DomainName: host,
  CustomOriginConfig: {
    HTTPPort: 80,
    HTTPSPort: 443,
    OriginProtocolPolicy: 'https-only',
    OriginSslProtocols: { Quantity: 1, Items: ['TLSv1.2'] },
  },
});

const good: DistributionConfig = {
  CallerReference: 'demo-good',
  Comment: 'demo-good',
  Enabled: true,
  Origins: { Quantity: 2, Items: [https('primary', 'app.example.com'), https('secondary', 'app-dr.example.com')] },
  OriginGroups: {
    Quantity: 1,
    Items: [
      {
        Id: 'failover',
        FailoverCriteria: { StatusCodes: { Quantity: 2, Items: [500, 503] } },
        Members: { Quantity: 2, Items: [{ OriginId: 'primary' }, { OriginId: 'secondary' }] },
      },
    ],
  },
  DefaultCacheBehavior: {
    TargetOriginId: 'primary',
    ViewerProtocolPolicy: 'redirect-to-https',
    TrustedKeyGroups: { Enabled: true, Quantity: 1, Items: ['demo-key-group'] },
    ForwardedValues: forwarded,
    MinTTL: 0,
  },
  Logging: { Enabled: true, IncludeCookies: false, Bucket: 'demo-cf-logs.s3.amazonaws.com', Prefix: 'good/' },
  ViewerCertificate: {
    ACMCertificateArn: `arn:aws:acm:us-east-1:${MOTO_ACCOUNT_ID}:certificate/demo`,
    SSLSupportMethod: 'sni-only',
    MinimumProtocolVersion: 'TLSv1.2_2021',
  },
  WebACLId: `arn:aws:wafv2:us-east-1:${MOTO_ACCOUNT_ID}:global/webacl/demo-edge/1111`,
};

const bad: DistributionConfig = {
  CallerReference: 'demo-bad',
  Comment: 'demo-bad',
  Enabled: true,
  Origins: {
    Quantity: 3,
    Items: [
      {
        Id: 'legacy',
        DomainName: 'legacy.example.com',
        CustomOriginConfig: {
          HTTPPort: 80,
          HTTPSPort: 443,
          OriginProtocolPolicy: 'http-only',
          OriginSslProtocols: { Quantity: 2, Items: ['SSLv3', 'TLSv1'] },
        },
      },
      { Id: 'assets', DomainName: 'demo-deleted-assets.s3.amazonaws.com', S3OriginConfig: { OriginAccessIdentity: '' } },
      https('fn', 'demo0fn0url.lambda-url.us-east-1.on.aws'),
    ],
  },
  DefaultCacheBehavior: { TargetOriginId: 'legacy', ViewerProtocolPolicy: 'allow-all', ForwardedValues: forwarded, MinTTL: 0 },
  ViewerCertificate: { CloudFrontDefaultCertificate: true },
};

export async function seedCloudfront(moto: { endpoint: string }, _regions: string[]): Promise<ExpectedFinding[]> {
  const cf = new CloudFrontClient({ endpoint: moto.endpoint, region: 'us-east-1', credentials: TEST_CREDENTIALS, maxAttempts: 1 });
  const arnOf = (id: string | undefined) => `arn:aws:cloudfront::${MOTO_ACCOUNT_ID}:distribution/${id ?? ''}`;
  try {
    const g = arnOf((await cf.send(new CreateDistributionCommand({ DistributionConfig: good }))).Distribution?.Id);
    const b = arnOf((await cf.send(new CreateDistributionCommand({ DistributionConfig: bad }))).Distribution?.Id);
    const expect = (checkId: string, resourceArn: string, status: ExpectedFinding['status']): ExpectedFinding => ({
      checkId,
      resourceArn,
      status,
    });
    return [
      ...[
        'cloudfront-distribution-viewer-https-required',
        'cloudfront-distribution-origin-failover-configured',
        'cloudfront-distribution-logging-enabled',
        'cloudfront-distribution-waf-enabled',
        'cloudfront-distribution-custom-certificate',
        'cloudfront-distribution-sni-enabled',
        'cloudfront-distribution-custom-origin-traffic-encrypted',
        'cloudfront-distribution-origin-no-deprecated-ssl',
        'cloudfront-distribution-recommended-tls-policy',
        'cloudfront-distribution-trusted-key-groups',
        'cloudfront-distribution-waf-or-shield-protected',
      ].map((id) => expect(id, g, 'PASS')),
      ...[
        'cloudfront-distribution-default-root-object-configured',
        'cloudfront-distribution-viewer-https-required',
        'cloudfront-distribution-origin-failover-configured',
        'cloudfront-distribution-logging-enabled',
        'cloudfront-distribution-waf-enabled',
        'cloudfront-distribution-custom-certificate',
        'cloudfront-distribution-custom-origin-traffic-encrypted',
        'cloudfront-distribution-origin-no-deprecated-ssl',
        'cloudfront-distribution-s3-origin-access-control',
        'cloudfront-distribution-lambda-url-origin-access-control',
        'cloudfront-distribution-trusted-key-groups',
        'cloudfront-distribution-waf-or-shield-protected',
      ].map((id) => expect(id, b, 'FAIL')),
      // The bucket is in no account this scan can see: deleted, or another account's.
      expect('cloudfront-distribution-s3-origin-exists', b, 'UNKNOWN'),
    ];
  } finally {
    cf.destroy();
  }
}
