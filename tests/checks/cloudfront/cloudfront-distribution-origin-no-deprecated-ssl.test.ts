import { describe, expect, it } from 'vitest';
import { cloudfrontDistributionOriginNoDeprecatedSsl as check } from '../../../src/checks/cloudfront/cloudfront-distribution-origin-no-deprecated-ssl.js';
import type { CloudFrontDistributionConfig } from '../../../src/model/cloudfront.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { cloudFrontCustomOrigin, cloudFrontDistribution, cloudFrontS3Origin, cloudfrontWith } from '../../builders/cloudfront.js';

const results = (config: Partial<CloudFrontDistributionConfig>) => run(check, buildInventory({ cloudfront: cloudfrontWith(config) }));
const one = (config: Partial<CloudFrontDistributionConfig>) => results(config)[0];

describe('cloudfront-distribution-origin-no-deprecated-ssl', () => {
  it('passes a compliant distribution', () => {
    const r = one({});
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('CloudFront distribution E1DIST allows no SSLv3 to its custom origins.');
  });
  it('passes with TLSv1 (which the control does not judge)', () => {
    expect(
      one({
        origins: [cloudFrontCustomOrigin({ custom: { originProtocolPolicy: 'https-only', originSslProtocols: ['TLSv1', 'TLSv1.2'] } })],
      })?.status,
    ).toBe('PASS');
  });
  it('fails with SSLv3 to an origin', () => {
    const r = one({
      origins: [cloudFrontCustomOrigin({ custom: { originProtocolPolicy: 'https-only', originSslProtocols: ['SSLv3', 'TLSv1.2'] } })],
    });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('CloudFront distribution E1DIST allows SSLv3 to custom origins: api.');
  });
  it('does not judge a distribution with only S3 origins', () => {
    expect(results({ origins: [cloudFrontS3Origin()] })).toEqual([]);
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
