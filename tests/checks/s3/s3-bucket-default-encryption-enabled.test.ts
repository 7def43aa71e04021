import { describe, it, expect } from 'vitest';
import { s3BucketDefaultEncryptionEnabled as check } from '../../../src/checks/s3/s3-bucket-default-encryption-enabled.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { s3Bucket, s3Section } from '../../builders/s3.js';
import type { S3Bucket } from '../../../src/model/s3.js';

const one = (overrides: Partial<S3Bucket>) => run(check, buildInventory({ s3: s3Section([s3Bucket('b', 'us-east-1', overrides)]) }))[0];

describe('s3-bucket-default-encryption-enabled', () => {
  it('passes compliant buckets and SSE-S3 buckets', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    const r = one({ encryption: ok({ rules: [{ sseAlgorithm: 'AES256', kmsMasterKeyId: null, bucketKeyEnabled: false }] }) });
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toContain('AES256');
  });

  it('fails a bucket without a default encryption configuration (pre-2023 API / emulator answer)', () => {
    const r = one({ encryption: ok(null) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('S3 bucket b has no default encryption configuration.');
  });

  it('fails a configuration without any default rule', () => {
    expect(one({ encryption: ok({ rules: [] }) })?.status).toBe('FAIL');
  });

  it('is UNKNOWN when s3:GetEncryptionConfiguration is denied', () => {
    const r = one({ encryption: denied('s3:GetEncryptionConfiguration') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('s3:GetEncryptionConfiguration');
  });
});
