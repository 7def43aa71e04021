import { describe, expect, it } from 'vitest';
import { cloudfrontDistributionTrustedKeyGroups as check } from '../../../src/checks/cloudfront/cloudfront-distribution-trusted-key-groups.js';
import type { CloudFrontDistributionConfig } from '../../../src/model/cloudfront.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { cloudFrontBehavior, cloudFrontDistribution, cloudfrontWith } from '../../builders/cloudfront.js';

const results = (config: Partial<CloudFrontDistributionConfig>) => run(check, buildInventory({ cloudfront: cloudfrontWith(config) }));
const one = (config: Partial<CloudFrontDistributionConfig>) => results(config)[0];

describe('cloudfront-distribution-trusted-key-groups', () => {
  it('passes a compliant distribution', () => {
    const r = one({});
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('CloudFront distribution E1DIST uses trusted key groups in every cache behavior.');
  });
  it('fails with trusted signers', () => {
    const r = one({
      cacheBehaviors: [cloudFrontBehavior(), cloudFrontBehavior({ pathPattern: '/dl/*', trustedSigners: true, trustedKeyGroups: false })],
    });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('CloudFront distribution E1DIST uses trusted signers (CloudFront key pairs) in cache behaviors: /dl/*.');
  });
  it('fails with no signed URL authentication', () => {
    const r = one({ cacheBehaviors: [cloudFrontBehavior({ trustedKeyGroups: false })] });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'CloudFront distribution E1DIST has cache behaviors without trusted key groups (no signed URL or cookie authentication): default.',
    );
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
