import { describe, it, expect } from 'vitest';
import { s3BucketAclsDisabled as check } from '../../../src/checks/s3/s3-bucket-acls-disabled.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { s3Bucket, s3Section } from '../../builders/s3.js';
import type { S3Bucket } from '../../../src/model/s3.js';

const one = (overrides: Partial<S3Bucket>) => run(check, buildInventory({ s3: s3Section([s3Bucket('b', 'us-east-1', overrides)]) }))[0];

describe('s3-bucket-acls-disabled', () => {
  it('passes BucketOwnerEnforced buckets', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
  });

  it('fails a bucket without ownership controls', () => {
    const r = one({ ownershipControls: ok(null) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('no Object Ownership setting');
  });

  it('fails BucketOwnerPreferred and ObjectWriter', () => {
    expect(one({ ownershipControls: ok({ objectOwnership: 'BucketOwnerPreferred' }) })?.reason).toContain(
      'BucketOwnerPreferred, so its ACLs are in force',
    );
    expect(one({ ownershipControls: ok({ objectOwnership: 'ObjectWriter' }) })?.status).toBe('FAIL');
  });

  it('is UNKNOWN when s3:GetBucketOwnershipControls is denied', () => {
    const r = one({ ownershipControls: denied('s3:GetBucketOwnershipControls') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('s3:GetBucketOwnershipControls');
  });
});
