import { describe, it, expect } from 'vitest';
import { s3BucketPublicAccessBlockEnabled as check } from '../../../src/checks/s3/s3-bucket-public-access-block-enabled.js';
import { buildInventory, denied, ok, run, statusByArn } from '../../builders/index.js';
import { s3Bpa, s3Bucket, s3Section } from '../../builders/s3.js';

describe('s3-bucket-public-access-block-enabled', () => {
  it('passes for buckets with all four bucket-level settings on', () => {
    const results = run(check, buildInventory());
    expect(results.length).toBe(2);
    expect(results.every((r) => r.status === 'PASS')).toBe(true);
  });

  it('fails a bucket without a configuration, even when the account level covers it, and says so', () => {
    const inv = buildInventory({ s3: s3Section([s3Bucket('b1', 'us-east-1', { publicAccessBlock: ok(null) })]) });
    const [r] = run(check, inv);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toMatch(/no bucket-level Block Public Access configuration \(account-level Block Public Access is fully on/);
  });

  it('fails a bucket with some settings off and names them; no account-level mention when the account is not fully on', () => {
    const inv = buildInventory({
      s3: s3Section([s3Bucket('b1', 'us-east-1', { publicAccessBlock: ok(s3Bpa({ ignorePublicAcls: false })) })], {
        accountPublicAccessBlock: ok(null),
      }),
    });
    const [r] = run(check, inv);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('off: IgnorePublicAcls.');
    expect(r?.reason).not.toContain('account-level');
  });

  it('is UNKNOWN when s3:GetBucketPublicAccessBlock is denied, and for the account when ListBuckets is denied', () => {
    const inv = buildInventory({
      s3: s3Section([s3Bucket('b1', 'us-east-1', { publicAccessBlock: denied('s3:GetBucketPublicAccessBlock') }), s3Bucket('b2')]),
    });
    expect(statusByArn(run(check, inv))).toEqual({ 'arn:aws:s3:::b1': 'UNKNOWN', 'arn:aws:s3:::b2': 'PASS' });
    expect(run(check, inv)[0]?.reason).toContain('s3:GetBucketPublicAccessBlock');

    const [r] = run(check, buildInventory({ s3: s3Section([], { buckets: denied('s3:ListAllMyBuckets') }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('s3:ListAllMyBuckets');
  });
});
