import { describe, expect, it } from 'vitest';
import { cloudfrontDistributionTagged as check } from '../../../src/checks/cloudfront/cloudfront-distribution-tagged.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { cloudFrontDistribution } from '../../builders/cloudfront.js';
import type { CloudFrontDistribution } from '../../../src/model/cloudfront.js';

const one = (o: Partial<CloudFrontDistribution>) =>
  run(check, buildInventory({ cloudfront: { distributions: ok([cloudFrontDistribution('E1DIST', o)]) } }))[0];

describe('cloudfront-distribution-tagged', () => {
  it('passes a tagged distribution', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
    expect(one({})?.reason).toBe('CloudFront distribution E1DIST has tag keys owner.');
  });

  it('fails a distribution without user tags', () => {
    const r = one({ tagKeys: ok([]) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('CloudFront distribution E1DIST has no tags.');
    expect(one({ tagKeys: ok(['aws:cloudformation:stack-name']) })?.reason).toBe(
      'CloudFront distribution E1DIST has no tags other than AWS system tags.',
    );
  });

  it('is UNKNOWN when cloudfront:ListTagsForResource is denied or was not read, or the list is denied', () => {
    const d = one({ tagKeys: denied('cloudfront:ListTagsForResource') });
    expect(d?.status).toBe('UNKNOWN');
    expect(d?.reason).toContain('cloudfront:ListTagsForResource');
    expect(one({ tagKeys: undefined })?.reason).toContain('cloudfront:ListTagsForResource');
    const [list] = run(check, buildInventory({ cloudfront: { distributions: denied('cloudfront:ListDistributions') } }));
    expect(list?.reason).toContain('cloudfront:ListDistributions');
  });
});
