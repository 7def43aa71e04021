import { describe, it, expect } from 'vitest';
import { s3BucketVersioningMfaDeleteEnabled as check } from '../../../src/checks/s3/s3-bucket-versioning-mfa-delete-enabled.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { s3Bucket, s3Section } from '../../builders/s3.js';
import type { S3Bucket } from '../../../src/model/s3.js';

const one = (overrides: Partial<S3Bucket>) => run(check, buildInventory({ s3: s3Section([s3Bucket('b', 'us-east-1', overrides)]) }))[0];

describe('s3-bucket-versioning-mfa-delete-enabled (CIS 2.1.2)', () => {
  it('passes a versioned bucket with MFA Delete', () => {
    expect(one({ versioning: ok({ status: 'Enabled', mfaDelete: 'Enabled' }) })).toMatchObject({
      status: 'PASS',
      reason: 'S3 bucket b is versioned with MFA Delete enabled.',
    });
  });
  it('fails an unversioned bucket (unlike FSBP S3.20, which leaves it out)', () => {
    expect(one({ versioning: ok({ status: null, mfaDelete: null }) })).toMatchObject({
      status: 'FAIL',
      reason: 'S3 bucket b has versioning never enabled, so MFA Delete does not protect it.',
    });
    expect(one({ versioning: ok({ status: 'Suspended', mfaDelete: 'Enabled' }) })?.reason).toBe(
      'S3 bucket b has versioning Suspended, so MFA Delete does not protect it.',
    );
  });
  it('fails a versioned bucket without MFA Delete, even with a lifecycle configuration', () => {
    expect(
      one({ versioning: ok({ status: 'Enabled', mfaDelete: 'Disabled' }), lifecycle: ok({ rules: [{ id: 'r', status: 'Enabled' }] }) }),
    ).toMatchObject({
      status: 'FAIL',
      reason: 'S3 bucket b is versioned but MFA Delete is Disabled.',
    });
  });
  it('is unknown when GetBucketVersioning is denied', () => {
    const r = one({ versioning: denied('s3:GetBucketVersioning') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('s3:GetBucketVersioning');
  });
});
