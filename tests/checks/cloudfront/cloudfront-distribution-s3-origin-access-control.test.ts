import { describe, expect, it } from 'vitest';
import { cloudfrontDistributionS3OriginAccessControl as check } from '../../../src/checks/cloudfront/cloudfront-distribution-s3-origin-access-control.js';
import type { CloudFrontDistributionConfig } from '../../../src/model/cloudfront.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { cloudFrontCustomOrigin, cloudFrontDistribution, cloudFrontS3Origin, cloudfrontWith } from '../../builders/cloudfront.js';

const results = (config: Partial<CloudFrontDistributionConfig>) => run(check, buildInventory({ cloudfront: cloudfrontWith(config) }));
const one = (config: Partial<CloudFrontDistributionConfig>) => results(config)[0];

describe('cloudfront-distribution-s3-origin-access-control', () => {
  it('passes a compliant distribution', () => {
    const r = one({});
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('CloudFront distribution E1DIST uses origin access control on every S3 origin.');
  });
  it('fails with an S3 origin with an OAI only', () => {
    const r = one({ origins: [cloudFrontS3Origin({ originAccessControlId: null })] });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('CloudFront distribution E1DIST has S3 origins without origin access control: s3.');
  });
  it('fails with an S3 REST host whose answer carried no origin type', () => {
    const r = one({ origins: [cloudFrontS3Origin({ s3OriginConfig: false, originAccessControlId: null })] });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('CloudFront distribution E1DIST has S3 origins without origin access control: s3.');
  });
  it('does not judge a distribution with only custom origins, an S3 website endpoint included', () => {
    expect(
      results({
        origins: [cloudFrontCustomOrigin(), cloudFrontCustomOrigin({ id: 'site', domainName: 'b.s3-website-us-east-1.amazonaws.com' })],
      }),
    ).toEqual([]);
  });
  it('is UNKNOWN when cloudfront:GetDistributionConfig is denied', () => {
    const distribution = cloudFrontDistribution('E1DIST', { config: denied('cloudfront:GetDistributionConfig') });
    const inv = buildInventory({ cloudfront: { distributions: ok([distribution]) } });
    const [r] = run(check, inv);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('cloudfront:GetDistributionConfig');
  });
  it('is UNKNOWN when cloudfront:ListDistributions is denied', () => {
    const [r] = run(check, buildInventory({ cloudfront: { distributions: denied('cloudfront:ListDistributions') } }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('cloudfront:ListDistributions');
  });
});
