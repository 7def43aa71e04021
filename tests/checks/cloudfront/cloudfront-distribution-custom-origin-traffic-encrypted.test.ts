import { describe, expect, it } from 'vitest';
import { cloudfrontDistributionCustomOriginTrafficEncrypted as check } from '../../../src/checks/cloudfront/cloudfront-distribution-custom-origin-traffic-encrypted.js';
import type { CloudFrontDistributionConfig } from '../../../src/model/cloudfront.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import {
  cloudFrontBehavior,
  cloudFrontCustomOrigin,
  cloudFrontDistribution,
  cloudFrontS3Origin,
  cloudfrontWith,
} from '../../builders/cloudfront.js';

const results = (config: Partial<CloudFrontDistributionConfig>) => run(check, buildInventory({ cloudfront: cloudfrontWith(config) }));
const one = (config: Partial<CloudFrontDistributionConfig>) => results(config)[0];

describe('cloudfront-distribution-custom-origin-traffic-encrypted', () => {
  it('passes a compliant distribution', () => {
    const r = one({});
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('CloudFront distribution E1DIST reaches its custom origins over HTTPS only.');
  });
  it('passes with match-viewer when every behavior routing to it requires HTTPS', () => {
    expect(
      one({
        origins: [
          cloudFrontS3Origin(),
          cloudFrontCustomOrigin({ custom: { originProtocolPolicy: 'match-viewer', originSslProtocols: ['TLSv1.2'] } }),
        ],
      })?.status,
    ).toBe('PASS');
  });
  it('fails with an http-only origin', () => {
    const r = one({
      origins: [cloudFrontCustomOrigin({ custom: { originProtocolPolicy: 'http-only', originSslProtocols: ['TLSv1.2'] } })],
    });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('CloudFront distribution E1DIST can send traffic unencrypted to custom origins: api (http-only).');
  });
  it('fails with match-viewer behind an allow-all behavior (through the origin group)', () => {
    const r = one({
      origins: [
        cloudFrontS3Origin(),
        cloudFrontCustomOrigin({ custom: { originProtocolPolicy: 'match-viewer', originSslProtocols: ['TLSv1.2'] } }),
      ],
      cacheBehaviors: [cloudFrontBehavior({ viewerProtocolPolicy: 'allow-all' })],
    });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'CloudFront distribution E1DIST can send traffic unencrypted to custom origins: api (match-viewer with allow-all viewers).',
    );
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
