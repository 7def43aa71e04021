// moto ignores MFADelete on PutBucketVersioning and never returns it (docs/testing.md), so this
// check is covered by these unit tests only.
import { describe, it, expect } from 'vitest';
import { s3BucketMfaDeleteEnabled as check } from '../../../src/checks/s3/s3-bucket-mfa-delete-enabled.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { s3Bucket, s3Section } from '../../builders/s3.js';
import type { S3Bucket } from '../../../src/model/s3.js';

const one = (overrides: Partial<S3Bucket>) => run(check, buildInventory({ s3: s3Section([s3Bucket('b', 'us-east-1', overrides)]) }))[0];

describe('s3-bucket-mfa-delete-enabled', () => {
  it('passes a versioned bucket with MFA Delete enabled', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
  });

  it('fails a versioned bucket without MFA Delete and without lifecycle rules', () => {
    const r = one({ versioning: ok({ status: 'Enabled', mfaDelete: 'Disabled' }), lifecycle: ok(null) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('MFA Delete Disabled');
  });

  it('fails a suspended bucket where MFA Delete was never configured', () => {
    const r = one({ versioning: ok({ status: 'Suspended', mfaDelete: null }), lifecycle: ok(null) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('never configured');
  });

  it('is not applicable to unversioned buckets and to buckets with lifecycle rules', () => {
    expect(one({ versioning: ok({ status: null, mfaDelete: null }) })?.status).toBe('NOT_APPLICABLE');
    expect(one({ versioning: ok({ status: 'Enabled', mfaDelete: null }) })?.status).toBe('NOT_APPLICABLE');
  });

  it('is UNKNOWN when s3:GetBucketVersioning is denied, or the lifecycle needed to scope it', () => {
    const r = one({ versioning: denied('s3:GetBucketVersioning') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('s3:GetBucketVersioning');
    const l = one({ versioning: ok({ status: 'Enabled', mfaDelete: null }), lifecycle: denied('s3:GetLifecycleConfiguration') });
    expect(l?.status).toBe('UNKNOWN');
    expect(l?.reason).toContain('s3:GetLifecycleConfiguration');
  });
});
