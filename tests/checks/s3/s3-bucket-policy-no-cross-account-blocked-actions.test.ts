import { describe, it, expect } from 'vitest';
import { s3BucketPolicyNoCrossAccountBlockedActions as check } from '../../../src/checks/s3/s3-bucket-policy-no-cross-account-blocked-actions.js';
import { ACCOUNT_ID, buildInventory, denied, ok, run } from '../../builders/index.js';
import { s3Bucket, s3Policy, s3Section } from '../../builders/s3.js';
import type { S3Bucket } from '../../../src/model/s3.js';

const ARN = 'arn:aws:s3:::b';
const one = (overrides: Partial<S3Bucket>) => run(check, buildInventory({ s3: s3Section([s3Bucket('b', 'us-east-1', overrides)]) }))[0];
const withStatement = (st: Record<string, unknown>) => one({ policy: ok(s3Policy(ARN, st)) });

describe('s3-bucket-policy-no-cross-account-blocked-actions (FSBP S3.6)', () => {
  it('passes the compliant account (policies with only the TLS deny)', () => {
    const results = run(check, buildInventory());
    expect(results.map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('S3 bucket b policy allows no other account to change its policy, ACLs or encryption.');
  });
  it('passes a bucket without a policy', () => {
    expect(one({ policy: ok(null) })).toMatchObject({
      status: 'PASS',
      reason: 'S3 bucket b has no bucket policy, so it grants other accounts nothing.',
    });
  });
  it('passes other accounts granted harmless actions, and the owner granted the blocked ones', () => {
    expect(
      withStatement({
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::444455556666:root' },
        Action: ['s3:GetObject', 's3:PutObject'],
        Resource: `${ARN}/*`,
      })?.status,
    ).toBe('PASS');
    expect(
      withStatement({
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${ACCOUNT_ID}:role/admin` },
        Action: 's3:PutBucketPolicy',
        Resource: ARN,
      })?.status,
    ).toBe('PASS');
    expect(
      withStatement({
        Effect: 'Allow',
        Principal: { Service: 'logging.s3.amazonaws.com' },
        Action: 's3:PutObjectAcl',
        Resource: `${ARN}/*`,
      })?.status,
    ).toBe('PASS');
  });
  it('fails another account granted s3:Put* (which includes PutBucketPolicy, PutBucketAcl, ...)', () => {
    const r = withStatement({
      Sid: 'Partner',
      Effect: 'Allow',
      Principal: { AWS: '444455556666' },
      Action: 's3:Put*',
      Resource: [ARN, `${ARN}/*`],
    });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'S3 bucket b policy lets other accounts administer the bucket: statement "Partner" allows s3:PutBucketAcl, s3:PutBucketPolicy, s3:PutEncryptionConfiguration, s3:PutObjectAcl to account 444455556666.',
    );
  });
  it('fails Principal "*" even under a condition (the rule reads only the Principal element)', () => {
    const r = withStatement({
      Sid: 'Org',
      Effect: 'Allow',
      Principal: '*',
      Action: 's3:DeleteBucketPolicy',
      Resource: ARN,
      Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } },
    });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'S3 bucket b policy lets other accounts administer the bucket: statement "Org" allows s3:DeleteBucketPolicy to everyone.',
    );
  });
  it('fails NotPrincipal and a canonical user whose account the policy does not show', () => {
    expect(
      withStatement({ Effect: 'Allow', NotPrincipal: { AWS: `arn:aws:iam::${ACCOUNT_ID}:root` }, Action: 's3:*', Resource: ARN })?.status,
    ).toBe('FAIL');
    const r = withStatement({ Effect: 'Allow', Principal: { CanonicalUser: 'abc' }, Action: 's3:PutObjectAcl', Resource: `${ARN}/*` });
    expect(r?.reason).toContain('to CanonicalUser abc');
  });
  it('is unknown when the policy cannot be read or parsed', () => {
    const r = one({ policy: denied('s3:GetBucketPolicy') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('s3:GetBucketPolicy');
    const u = one({ policy: ok({ Statement: [{ Effect: 'Perhaps' }] }) });
    expect(u?.status).toBe('UNKNOWN');
    expect(u?.reason).toContain('s3:GetBucketPolicy');
  });
  it('is unknown when ListBuckets is denied', () => {
    const [r] = run(check, buildInventory({ s3: s3Section([], { buckets: denied('s3:ListBuckets') }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('s3:ListBuckets');
  });
});
