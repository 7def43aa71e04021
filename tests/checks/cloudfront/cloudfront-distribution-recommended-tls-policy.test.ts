import { describe, expect, it } from 'vitest';
import { cloudfrontDistributionRecommendedTlsPolicy as check } from '../../../src/checks/cloudfront/cloudfront-distribution-recommended-tls-policy.js';
import type { CloudFrontDistributionConfig } from '../../../src/model/cloudfront.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { cloudFrontConfig, cloudFrontDistribution, cloudfrontWith } from '../../builders/cloudfront.js';

const results = (config: Partial<CloudFrontDistributionConfig>) => run(check, buildInventory({ cloudfront: cloudfrontWith(config) }));
const one = (config: Partial<CloudFrontDistributionConfig>) => results(config)[0];

describe('cloudfront-distribution-recommended-tls-policy', () => {
  it('passes a compliant distribution', () => {
    const r = one({});
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('CloudFront distribution E1DIST uses security policy TLSv1.2_2021.');
  });
  it('passes with TLSv1.3_2025', () => {
    expect(one({ viewerCertificate: { ...cloudFrontConfig().viewerCertificate, minimumProtocolVersion: 'TLSv1.3_2025' } })?.status).toBe(
      'PASS',
    );
  });
  it('fails with TLSv1.2_2019', () => {
    const r = one({ viewerCertificate: { ...cloudFrontConfig().viewerCertificate, minimumProtocolVersion: 'TLSv1.2_2019' } });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'CloudFront distribution E1DIST uses security policy TLSv1.2_2019, not a recommended one (TLSv1.2_2021, TLSv1.2_2025, TLSv1.3_2025).',
    );
  });
  it('does not judge a distribution with the default certificate', () => {
    expect(
      results({
        viewerCertificate: {
          cloudFrontDefaultCertificate: true,
          acmCertificateArn: null,
          iamCertificateId: null,
          sslSupportMethod: null,
          minimumProtocolVersion: 'TLSv1',
        },
      }),
    ).toEqual([]);
  });
  it('does not judge a distribution with dedicated-IP SSL', () => {
    expect(
      results({ viewerCertificate: { ...cloudFrontConfig().viewerCertificate, sslSupportMethod: 'vip', minimumProtocolVersion: 'TLSv1' } }),
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
