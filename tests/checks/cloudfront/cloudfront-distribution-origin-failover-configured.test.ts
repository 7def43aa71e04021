import { describe, expect, it } from 'vitest';
import { cloudfrontDistributionOriginFailoverConfigured as check } from '../../../src/checks/cloudfront/cloudfront-distribution-origin-failover-configured.js';
import type { CloudFrontDistributionConfig } from '../../../src/model/cloudfront.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { cloudFrontDistribution, cloudfrontWith } from '../../builders/cloudfront.js';

const results = (config: Partial<CloudFrontDistributionConfig>) => run(check, buildInventory({ cloudfront: cloudfrontWith(config) }));
const one = (config: Partial<CloudFrontDistributionConfig>) => results(config)[0];

describe('cloudfront-distribution-origin-failover-configured', () => {
  it('passes a compliant distribution', () => {
    const r = one({});
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('CloudFront distribution E1DIST has origin group group with 2 origins.');
  });
  it('fails with no origin group', () => {
    const r = one({ originGroups: [] });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('CloudFront distribution E1DIST has no origin group, so it has no origin failover.');
  });
  it('fails with an origin group of one origin', () => {
    const r = one({ originGroups: [{ id: 'solo', members: ['s3'] }] });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('CloudFront distribution E1DIST has no origin group with two or more origins.');
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
