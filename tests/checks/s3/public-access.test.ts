import { describe, it, expect } from 'vitest';
import { assessPublicAccess, effectiveSetting } from '../../../src/checks/s3/public-access.js';
import { denied, ok } from '../../builders/index.js';
import { allUsersGrant, s3Bpa, s3Bucket } from '../../builders/s3.js';

const ARN = 'arn:aws:s3:::b';
const allow = (extra: Record<string, unknown>) => ({
  Effect: 'Allow',
  Principal: '*',
  Action: 's3:GetObject',
  Resource: `${ARN}/*`,
  ...extra,
});

describe('effective Block Public Access', () => {
  it('takes the most restrictive level and stays undecided on unreadable levels', () => {
    expect(effectiveSetting(ok(null), ok(s3Bpa()), 'ignorePublicAcls')).toEqual({ on: true, level: 'account', errors: [] });
    expect(effectiveSetting(ok(s3Bpa()), denied('x'), 'ignorePublicAcls').on).toBe(true);
    expect(effectiveSetting(ok(s3Bpa({ ignorePublicAcls: false })), ok(null), 'ignorePublicAcls').on).toBe(false);
    const undecided = effectiveSetting(denied('s3:GetBucketPublicAccessBlock'), ok(null), 'restrictPublicBuckets');
    expect(undecided.on).toBeUndefined();
    expect(undecided.errors[0]?.action).toBe('s3:GetBucketPublicAccessBlock');
  });

  it('assesses read and write separately', () => {
    const bucket = s3Bucket('b', 'us-east-1', {
      publicAccessBlock: ok(null),
      ownershipControls: ok(null),
      acl: ok({ ownerId: 'o', grants: [allUsersGrant('READ')] }),
      policy: ok({ Statement: [allow({ Action: 's3:PutObject' })] }),
    });
    const a = assessPublicAccess(bucket, ok(null));
    expect(a.read.verdict).toBe('public');
    expect(a.read.via).toEqual(['ACL grant READ to AllUsers']);
    expect(a.write.verdict).toBe('public');
    expect(a.write.via[0]).toContain('bucket policy statement #1 allows s3:PutObject');
  });
});

describe('GetBucketPolicyStatus as a second witness', () => {
  // moto always answers an empty PolicyStatus, so AWS's IsPublic verdict is built here.
  const base = { publicAccessBlock: ok(null), ownershipControls: ok(null), acl: ok({ ownerId: 'o', grants: [] }) };
  const named = { Statement: [allow({ Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:GetObject' })] };

  it('turns a clean verdict into UNKNOWN when AWS reports the policy public and Bulwark finds no public statement', () => {
    const bucket = s3Bucket('b', 'us-east-1', { ...base, policy: ok(named), policyStatus: ok({ isPublic: true }) });
    const a = assessPublicAccess(bucket, ok(null));
    expect(a.read.verdict).toBe('unknown');
    expect(a.write.verdict).toBe('unknown');
    expect(a.read.errors[0]).toMatchObject({ action: 's3:GetBucketPolicyStatus', region: 'us-east-1' });
  });

  it('is ignored when RestrictPublicBuckets is on, when AWS says not public, or when Bulwark already explains it', () => {
    const restricted = s3Bucket('b', 'us-east-1', {
      ...base,
      publicAccessBlock: ok(s3Bpa()),
      policy: ok(named),
      policyStatus: ok({ isPublic: true }),
    });
    expect(assessPublicAccess(restricted, ok(null)).read.verdict).toBe('not-public');
    const notPublic = s3Bucket('b', 'us-east-1', { ...base, policy: ok(named), policyStatus: ok({ isPublic: false }) });
    expect(assessPublicAccess(notPublic, ok(null)).read.verdict).toBe('not-public');
    const readOnly = s3Bucket('b', 'us-east-1', {
      ...base,
      policy: ok({ Statement: [allow({ Action: 's3:GetObject' })] }),
      policyStatus: ok({ isPublic: true }),
    });
    const a = assessPublicAccess(readOnly, ok(null));
    expect(a.read.verdict).toBe('public');
    expect(a.write.verdict).toBe('not-public');
  });
});
