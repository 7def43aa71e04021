import { describe, it, expect } from 'vitest';
import { s3BucketAccessLoggingEnabled as check } from '../../../src/checks/s3/s3-bucket-access-logging-enabled.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { s3Bucket, s3Section } from '../../builders/s3.js';
import type { S3Bucket } from '../../../src/model/s3.js';

const one = (overrides: Partial<S3Bucket>) => run(check, buildInventory({ s3: s3Section([s3Bucket('b', 'us-east-1', overrides)]) }))[0];

describe('s3-bucket-access-logging-enabled', () => {
  it('passes buckets delivering access logs', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toContain('access-logs-us-east-1');
  });

  it('fails a bucket with logging disabled', () => {
    const r = one({ logging: ok(null) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('S3 bucket b has server access logging disabled.');
  });

  it('is UNKNOWN when s3:GetBucketLogging is denied', () => {
    const r = one({ logging: denied('s3:GetBucketLogging') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('s3:GetBucketLogging');
  });
});
