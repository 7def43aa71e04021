import { describe, it, expect } from 'vitest';
import { s3BucketPublicReadProhibited as check } from '../../../src/checks/s3/s3-bucket-public-read-prohibited.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { allUsersGrant, ownerGrant, s3Bpa, s3Bucket, s3Policy, s3Section } from '../../builders/s3.js';
import type { S3Bucket } from '../../../src/model/s3.js';

const ARN = 'arn:aws:s3:::site';
const publicRead = { Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${ARN}/*` };
/** No Block Public Access anywhere, ACLs enabled: only the ACL and policy decide. */
const open = (overrides: Partial<S3Bucket>) =>
  buildInventory({
    s3: s3Section([s3Bucket('site', 'us-east-1', { publicAccessBlock: ok(null), ownershipControls: ok(null), ...overrides })], {
      accountPublicAccessBlock: ok(null),
    }),
  });
const one = (inv: ReturnType<typeof buildInventory>) => {
  const results = run(check, inv);
  expect(results).toHaveLength(1);
  return results[0]!;
};

describe('s3-bucket-public-read-prohibited', () => {
  it('passes compliant buckets', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
  });

  it('passes a bucket with no public grant or statement even without Block Public Access', () => {
    const r = one(open({}));
    expect(r.status).toBe('PASS');
    expect(r.reason).toContain('grants no public read access');
  });

  it('fails a bucket whose ACL grants READ to AllUsers', () => {
    const r = one(open({ acl: ok({ ownerId: 'o', grants: [ownerGrant(), allUsersGrant('READ')] }) }));
    expect(r.status).toBe('FAIL');
    expect(r.reason).toContain('ACL grant READ to AllUsers');
  });

  it('fails a bucket whose policy allows s3:GetObject to Principal *', () => {
    const r = one(open({ policy: ok(s3Policy(ARN, publicRead)) }));
    expect(r.status).toBe('FAIL');
    expect(r.reason).toContain('statement "PublicRead" allows s3:GetObject');
  });

  it('fails a policy with Principal {"AWS": "*"} and a non-restricting condition', () => {
    const st = {
      Effect: 'Allow',
      Principal: { AWS: ['*'] },
      Action: ['s3:Get*'],
      Resource: `${ARN}/*`,
      Condition: { Bool: { 'aws:SecureTransport': 'true' } },
    };
    expect(one(open({ policy: ok(s3Policy(ARN, st)) })).status).toBe('FAIL');
  });

  it('passes a Principal * statement restricted by aws:SourceVpce', () => {
    const st = { ...publicRead, Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } };
    expect(one(open({ policy: ok(s3Policy(ARN, st)) })).status).toBe('PASS');
  });

  it('passes a public ACL neutralised by account-level IgnorePublicAcls, and says why', () => {
    const inv = buildInventory({
      s3: s3Section(
        [
          s3Bucket('site', 'us-east-1', {
            publicAccessBlock: ok(null),
            ownershipControls: ok(null),
            acl: ok({ ownerId: 'o', grants: [allUsersGrant('READ')] }),
          }),
        ],
        {
          accountPublicAccessBlock: ok(s3Bpa({ restrictPublicBuckets: false })),
        },
      ),
    });
    const r = one(inv);
    expect(r.status).toBe('PASS');
    expect(r.reason).toContain('IgnorePublicAcls is on at account level');
  });

  it('passes a public policy neutralised by bucket-level RestrictPublicBuckets', () => {
    const r = one(open({ policy: ok(s3Policy(ARN, publicRead)), publicAccessBlock: ok(s3Bpa({ ignorePublicAcls: false })) }));
    expect(r.status).toBe('PASS');
    expect(r.reason).toContain('RestrictPublicBuckets is on at bucket level');
  });

  it('is UNKNOWN when the policy is unreadable and nothing neutralises it', () => {
    const r = one(open({ policy: denied('s3:GetBucketPolicy') }));
    expect(r.status).toBe('UNKNOWN');
    expect(r.reason).toContain('s3:GetBucketPolicy');
  });

  it('is UNKNOWN when the ACL is public but Block Public Access could not be read', () => {
    const inv = buildInventory({
      s3: s3Section(
        [
          s3Bucket('site', 'us-east-1', {
            publicAccessBlock: denied('s3:GetBucketPublicAccessBlock'),
            ownershipControls: ok(null),
            acl: ok({ ownerId: 'o', grants: [allUsersGrant('READ')] }),
          }),
        ],
        {
          accountPublicAccessBlock: ok(null),
        },
      ),
    });
    const r = one(inv);
    expect(r.status).toBe('UNKNOWN');
    expect(r.reason).toContain('s3:GetBucketPublicAccessBlock');
    expect(r.reason).toContain('ACL grant READ to AllUsers');
  });

  it('fails a policy whose only condition compares with a policy variable (passed before the policy engine)', () => {
    const variable = { ...publicRead, Condition: { StringEquals: { 'aws:userid': '${aws:userid}' } } };
    const r = one(open({ policy: ok(s3Policy(ARN, variable)) }));
    expect(r.status).toBe('FAIL');
    expect(r.reason).toContain('statement "PublicRead" allows s3:GetObject');
  });

  it('passes a public read closed by "Deny unless through vpce-1" (failed before the policy engine)', () => {
    const onlyVpce = {
      Sid: 'OnlyThroughVpce',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: [ARN, `${ARN}/*`],
      Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1' } },
    };
    const r = one(open({ policy: ok(s3Policy(ARN, publicRead, onlyVpce)) }));
    expect(r.status).toBe('PASS');
    expect(r.reason).toContain('statement "OnlyThroughVpce" denies it to every caller but a pinned one');
  });

  it('is UNKNOWN for a bucket policy that does not parse', () => {
    const r = one(open({ policy: ok({ Statement: [{ Effect: 'Maybe', Principal: '*', Action: 's3:GetObject' }] }) }));
    expect(r.status).toBe('UNKNOWN');
    expect(r.reason).toContain('malformed');
  });
});
