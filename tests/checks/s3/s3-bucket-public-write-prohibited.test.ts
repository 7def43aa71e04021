import { describe, it, expect } from 'vitest';
import { s3BucketPublicWriteProhibited as check } from '../../../src/checks/s3/s3-bucket-public-write-prohibited.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { allUsersGrant, ownerGrant, s3Bpa, s3Bucket, s3Policy, s3Section } from '../../builders/s3.js';
import type { S3Bucket } from '../../../src/model/s3.js';
import { AUTHENTICATED_USERS_URI } from '../../../src/checks/s3/public-access.js';

const ARN = 'arn:aws:s3:::drop';
const open = (overrides: Partial<S3Bucket>) =>
  buildInventory({
    s3: s3Section([s3Bucket('drop', 'us-east-1', { publicAccessBlock: ok(null), ownershipControls: ok(null), ...overrides })], {
      accountPublicAccessBlock: ok(null),
    }),
  });
const one = (inv: ReturnType<typeof buildInventory>) => {
  const results = run(check, inv);
  expect(results).toHaveLength(1);
  return results[0]!;
};

describe('s3-bucket-public-write-prohibited', () => {
  it('passes compliant buckets', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
  });

  it('passes a publicly readable (not writable) bucket', () => {
    expect(one(open({ acl: ok({ ownerId: 'o', grants: [ownerGrant(), allUsersGrant('READ')] }) })).status).toBe('PASS');
  });

  it('fails a bucket whose ACL grants WRITE to AuthenticatedUsers', () => {
    const grant = { granteeType: 'Group', granteeUri: AUTHENTICATED_USERS_URI, granteeId: null, permission: 'WRITE' };
    const r = one(open({ acl: ok({ ownerId: 'o', grants: [ownerGrant(), grant] }) }));
    expect(r.status).toBe('FAIL');
    expect(r.reason).toContain('ACL grant WRITE to AuthenticatedUsers');
  });

  it('fails a bucket whose policy allows s3:PutObject to Principal *', () => {
    const st = { Sid: 'Uploads', Effect: 'Allow', Principal: '*', Action: ['s3:PutObject'], Resource: `${ARN}/*` };
    const r = one(open({ policy: ok(s3Policy(ARN, st)) }));
    expect(r.status).toBe('FAIL');
    expect(r.reason).toContain('"Uploads"');
  });

  it('passes a public write ACL when ACLs are disabled by BucketOwnerEnforced', () => {
    const r = one(
      open({
        acl: ok({ ownerId: 'o', grants: [allUsersGrant('FULL_CONTROL')] }),
        ownershipControls: ok({ objectOwnership: 'BucketOwnerEnforced' }),
      }),
    );
    expect(r.status).toBe('PASS');
    expect(r.reason).toContain('BucketOwnerEnforced');
  });

  it('is UNKNOWN when the ACL is unreadable and nothing neutralises it', () => {
    const r = one(open({ acl: denied('s3:GetBucketAcl') }));
    expect(r.status).toBe('UNKNOWN');
    expect(r.reason).toContain('s3:GetBucketAcl');
  });

  it('decides without the ACL when IgnorePublicAcls is on', () => {
    expect(one(open({ acl: denied('s3:GetBucketAcl'), publicAccessBlock: ok(s3Bpa()) })).status).toBe('PASS');
  });
});
