import { describe, it, expect } from 'vitest';
import { s3BucketObjectLockEnabled as check } from '../../../src/checks/s3/s3-bucket-object-lock-enabled.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { s3Bucket, s3Section } from '../../builders/s3.js';
import type { S3Bucket } from '../../../src/model/s3.js';

const one = (overrides: Partial<S3Bucket>) => run(check, buildInventory({ s3: s3Section([s3Bucket('b', 'us-east-1', overrides)]) }))[0];

describe('s3-bucket-object-lock-enabled (S3.15)', () => {
  it('passes buckets with Object Lock enabled', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('S3 bucket b has Object Lock enabled.');
  });

  it('fails a bucket that never enabled Object Lock (ObjectLockConfigurationNotFoundError)', () => {
    const r = one({ objectLock: ok(null) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('S3 bucket b does not have Object Lock enabled.');
  });

  it('fails a configuration whose ObjectLockEnabled is not Enabled', () => {
    expect(one({ objectLock: ok({ enabled: false }) })?.status).toBe('FAIL');
  });

  it('is UNKNOWN naming the action when the read is denied, or when the inventory predates it', () => {
    const r = one({ objectLock: denied('s3:GetBucketObjectLockConfiguration') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('s3:GetBucketObjectLockConfiguration');
    const old = one({ objectLock: undefined });
    expect(old?.status).toBe('UNKNOWN');
    expect(old?.reason).toContain('the inventory predates reading Object Lock');
  });
});
