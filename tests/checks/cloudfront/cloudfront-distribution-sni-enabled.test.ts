import { describe, expect, it } from 'vitest';
import { cloudfrontDistributionSniEnabled as check } from '../../../src/checks/cloudfront/cloudfront-distribution-sni-enabled.js';
import type { CloudFrontDistributionConfig } from '../../../src/model/cloudfront.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { cloudFrontConfig, cloudFrontDistribution, cloudfrontWith } from '../../builders/cloudfront.js';

const results = (config: Partial<CloudFrontDistributionConfig>) => run(check, buildInventory({ cloudfront: cloudfrontWith(config) }));
const one = (config: Partial<CloudFrontDistributionConfig>) => results(config)[0];

describe('cloudfront-distribution-sni-enabled', () => {
  it('passes a compliant distribution', () => {
    const r = one({});
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('CloudFront distribution E1DIST serves its custom certificate with SSL support method sni-only.');
  });
  it('fails with dedicated IP SSL', () => {
    const r = one({ viewerCertificate: { ...cloudFrontConfig().viewerCertificate, sslSupportMethod: 'vip' } });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'CloudFront distribution E1DIST serves its custom certificate from dedicated IP addresses (vip) instead of SNI.',
    );
  });
  it('is undecided with a custom certificate without a support method', () => {
    const r = one({ viewerCertificate: { ...cloudFrontConfig().viewerCertificate, sslSupportMethod: null } });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe(
      'CloudFront distribution E1DIST has a custom certificate but GetDistributionConfig named no SSL support method.',
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
