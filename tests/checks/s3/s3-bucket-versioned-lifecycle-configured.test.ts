import { describe, it, expect } from 'vitest';
import { s3BucketVersionedLifecycleConfigured as check } from '../../../src/checks/s3/s3-bucket-versioned-lifecycle-configured.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { s3Bucket, s3Section } from '../../builders/s3.js';
import type { S3Bucket } from '../../../src/model/s3.js';

const one = (overrides: Partial<S3Bucket>) => run(check, buildInventory({ s3: s3Section([s3Bucket('b', 'us-east-1', overrides)]) }))[0];

describe('s3-bucket-versioned-lifecycle-configured', () => {
  it('passes versioned buckets with an enabled rule', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
  });

  it('is not applicable to a bucket without versioning enabled', () => {
    expect(one({ versioning: ok({ status: 'Suspended', mfaDelete: null }), lifecycle: ok(null) })?.status).toBe('NOT_APPLICABLE');
  });

  it('fails a versioned bucket without a lifecycle configuration', () => {
    const r = one({ lifecycle: ok(null) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('no lifecycle configuration');
  });

  it('fails a versioned bucket whose rules are all disabled', () => {
    expect(one({ lifecycle: ok({ rules: [{ id: null, status: 'Disabled' }] }) })?.status).toBe('FAIL');
  });

  it('is UNKNOWN when versioning or lifecycle cannot be read', () => {
    const v = one({ versioning: denied('s3:GetBucketVersioning') });
    expect(v?.status).toBe('UNKNOWN');
    expect(v?.reason).toContain('s3:GetBucketVersioning');
    const l = one({ lifecycle: denied('s3:GetLifecycleConfiguration') });
    expect(l?.status).toBe('UNKNOWN');
    expect(l?.reason).toContain('s3:GetLifecycleConfiguration');
  });
});
