import { describe, it, expect } from 'vitest';
import { s3BucketVersioningEnabled as check } from '../../../src/checks/s3/s3-bucket-versioning-enabled.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { s3Bucket, s3Section } from '../../builders/s3.js';
import type { S3Bucket } from '../../../src/model/s3.js';

const one = (overrides: Partial<S3Bucket>) => run(check, buildInventory({ s3: s3Section([s3Bucket('b', 'us-east-1', overrides)]) }))[0];

describe('s3-bucket-versioning-enabled', () => {
  it('passes versioned buckets', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
  });

  it('fails a suspended bucket', () => {
    const r = one({ versioning: ok({ status: 'Suspended', mfaDelete: null }) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('suspended');
  });

  it('fails a never-versioned bucket', () => {
    const r = one({ versioning: ok({ status: null, mfaDelete: null }) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('never had versioning enabled');
  });

  it('is UNKNOWN when s3:GetBucketVersioning is denied', () => {
    const r = one({ versioning: denied('s3:GetBucketVersioning') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('s3:GetBucketVersioning');
  });
});
