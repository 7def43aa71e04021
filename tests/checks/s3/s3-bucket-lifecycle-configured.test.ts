import { describe, it, expect } from 'vitest';
import { s3BucketLifecycleConfigured as check } from '../../../src/checks/s3/s3-bucket-lifecycle-configured.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { s3Bucket, s3Section } from '../../builders/s3.js';
import type { S3Bucket } from '../../../src/model/s3.js';

const one = (overrides: Partial<S3Bucket>) => run(check, buildInventory({ s3: s3Section([s3Bucket('b', 'us-east-1', overrides)]) }))[0];

describe('s3-bucket-lifecycle-configured', () => {
  it('passes buckets with an enabled rule', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
  });

  it('fails a bucket without a lifecycle configuration', () => {
    const r = one({ lifecycle: ok(null) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('no lifecycle configuration');
  });

  it('fails a bucket whose rules are all disabled', () => {
    const r = one({ lifecycle: ok({ rules: [{ id: 'old', status: 'Disabled' }] }) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('no enabled rule');
  });

  it('is UNKNOWN when s3:GetLifecycleConfiguration is denied', () => {
    const r = one({ lifecycle: denied('s3:GetLifecycleConfiguration') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('s3:GetLifecycleConfiguration');
  });
});
