import { describe, it, expect } from 'vitest';
import { s3BucketDefaultEncryptionKms as check } from '../../../src/checks/s3/s3-bucket-default-encryption-kms.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { s3Bucket, s3Section } from '../../builders/s3.js';
import type { S3Bucket } from '../../../src/model/s3.js';

const one = (overrides: Partial<S3Bucket>) => run(check, buildInventory({ s3: s3Section([s3Bucket('b', 'us-east-1', overrides)]) }))[0];

describe('s3-bucket-default-encryption-kms', () => {
  it('passes SSE-KMS with a key and DSSE-KMS with the AWS managed key', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    const r = one({ encryption: ok({ rules: [{ sseAlgorithm: 'aws:kms:dsse', kmsMasterKeyId: null, bucketKeyEnabled: null }] }) });
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toContain('aws/s3');
  });

  it('fails SSE-S3', () => {
    const r = one({ encryption: ok({ rules: [{ sseAlgorithm: 'AES256', kmsMasterKeyId: null, bucketKeyEnabled: false }] }) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('AES256, not an AWS KMS key');
  });

  it('fails a bucket without a default encryption configuration', () => {
    const r = one({ encryption: ok(null) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('no default encryption configuration');
  });

  it('is UNKNOWN when s3:GetEncryptionConfiguration is denied', () => {
    const r = one({ encryption: denied('s3:GetEncryptionConfiguration') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('s3:GetEncryptionConfiguration');
  });
});
