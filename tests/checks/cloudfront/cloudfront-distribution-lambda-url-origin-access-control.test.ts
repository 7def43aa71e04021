import { describe, expect, it } from 'vitest';
import { cloudfrontDistributionLambdaUrlOriginAccessControl as check } from '../../../src/checks/cloudfront/cloudfront-distribution-lambda-url-origin-access-control.js';
import type { CloudFrontDistributionConfig } from '../../../src/model/cloudfront.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { cloudFrontCustomOrigin, cloudFrontDistribution, cloudfrontWith } from '../../builders/cloudfront.js';

const results = (config: Partial<CloudFrontDistributionConfig>) => run(check, buildInventory({ cloudfront: cloudfrontWith(config) }));
const one = (config: Partial<CloudFrontDistributionConfig>) => results(config)[0];

describe('cloudfront-distribution-lambda-url-origin-access-control', () => {
  it('passes a compliant distribution', () => {
    const r = one({
      origins: [cloudFrontCustomOrigin({ id: 'fn', domainName: 'abc123.lambda-url.us-east-1.on.aws', originAccessControlId: 'E3OAC' })],
    });
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('CloudFront distribution E1DIST uses origin access control on every Lambda function URL origin.');
  });
  it('fails with a function URL origin without OAC', () => {
    const r = one({ origins: [cloudFrontCustomOrigin({ id: 'fn', domainName: 'abc123.lambda-url.us-east-1.on.aws' })] });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('CloudFront distribution E1DIST has Lambda function URL origins without origin access control: fn.');
  });
  it('does not judge a distribution with no function URL origins', () => {
    expect(results({})).toEqual([]);
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
