import { describe, expect, it } from 'vitest';
import { cloudfrontDistributionS3OriginExists as check } from '../../../src/checks/cloudfront/cloudfront-distribution-s3-origin-exists.js';
import type { CloudFrontDistributionConfig } from '../../../src/model/cloudfront.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { cloudFrontCustomOrigin, cloudFrontDistribution, cloudFrontS3Origin, cloudfrontWith } from '../../builders/cloudfront.js';
import { compliantS3Section } from '../../builders/s3.js';

const results = (config: Partial<CloudFrontDistributionConfig>) => run(check, buildInventory({ cloudfront: cloudfrontWith(config) }));

describe('cloudfront-distribution-s3-origin-exists', () => {
  it("passes when every S3 origin's bucket is in the account's bucket list", () => {
    const [r] = results({});
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('CloudFront distribution E1DIST points to S3 buckets that exist in this account: data-eu-west-1.');
  });

  it('reads the bucket from every S3 REST host form', () => {
    for (const host of [
      'data-eu-west-1.s3.amazonaws.com',
      'data-eu-west-1.s3-eu-west-1.amazonaws.com',
      'data-eu-west-1.s3.eu-west-1.amazonaws.com',
    ])
      expect(results({ origins: [cloudFrontS3Origin({ domainName: host })] })[0]?.status).toBe('PASS');
  });

  it('is undecided when a bucket is not in the account: deleted, or owned by another account', () => {
    const [r] = results({ origins: [cloudFrontS3Origin({ domainName: 'gone-bucket.s3.us-east-1.amazonaws.com' })] });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe(
      "CloudFront distribution E1DIST points to S3 buckets not in this account's bucket list (gone-bucket): they either do not exist or belong to another account.",
    );
  });

  it('does not judge distributions without S3 REST origins (website endpoints are custom origins)', () => {
    const website = cloudFrontCustomOrigin({ id: 'site', domainName: 'gone-bucket.s3-website-us-east-1.amazonaws.com' });
    expect(results({ origins: [cloudFrontCustomOrigin(), website] })).toEqual([]);
  });

  it('is UNKNOWN when s3:ListBuckets is denied', () => {
    const inv = buildInventory({ cloudfront: cloudfrontWith({}), s3: { ...compliantS3Section(), buckets: denied('s3:ListAllMyBuckets') } });
    const [r] = run(check, inv);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('s3:ListAllMyBuckets');
  });

  it('is UNKNOWN when cloudfront:GetDistributionConfig or cloudfront:ListDistributions is denied', () => {
    const distribution = cloudFrontDistribution('E1DIST', { config: denied('cloudfront:GetDistributionConfig') });
    expect(run(check, buildInventory({ cloudfront: { distributions: ok([distribution]) } }))[0]?.reason).toContain(
      'cloudfront:GetDistributionConfig',
    );
    expect(run(check, buildInventory({ cloudfront: { distributions: denied('cloudfront:ListDistributions') } }))[0]?.reason).toContain(
      'cloudfront:ListDistributions',
    );
  });
});
