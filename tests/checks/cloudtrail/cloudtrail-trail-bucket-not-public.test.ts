import { describe, expect, it } from 'vitest';
import { cloudtrailTrailBucketNotPublic as check } from '../../../src/checks/cloudtrail/cloudtrail-trail-bucket-not-public.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { cloudTrailSection, cloudTrailTrail } from '../../builders/cloudtrail.js';
import { allUsersGrant, ownerGrant, s3Bpa, s3Bucket, s3Section } from '../../builders/s3.js';
import type { S3Section } from '../../../src/model/s3.js';

const trail = cloudTrailTrail({ s3BucketName: 'trail-logs' });
const evaluate = (s3: S3Section) => run(check, buildInventory({ cloudtrail: cloudTrailSection([trail]), s3 }))[0];
const noBpa = { publicAccessBlock: ok(null), ownershipControls: ok({ objectOwnership: 'ObjectWriter' }) };

describe('cloudtrail-trail-bucket-not-public', () => {
  it('passes for the compliant inventory and a private trail bucket', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(evaluate(s3Section([s3Bucket('trail-logs')]))).toMatchObject({ status: 'PASS', resourceArn: trail.arn });
  });

  it('fails when the bucket ACL grants AllUsers read and nothing blocks it', () => {
    const bucket = s3Bucket('trail-logs', 'us-east-1', {
      ...noBpa,
      acl: ok({ ownerId: 'o', grants: [ownerGrant(), allUsersGrant('READ')] }),
    });
    const r = evaluate(s3Section([bucket], { accountPublicAccessBlock: ok(null) }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('trail-logs, which is public through');
  });

  it('fails when the bucket policy allows Principal {"AWS": "*"} to write', () => {
    const policy = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::trail-logs/*' }],
    };
    const bucket = s3Bucket('trail-logs', 'us-east-1', { ...noBpa, policy: ok(policy) });
    expect(
      evaluate(s3Section([bucket], { accountPublicAccessBlock: ok(s3Bpa({ restrictPublicBuckets: false, blockPublicPolicy: false })) }))
        ?.status,
    ).toBe('FAIL');
  });

  it('is unknown for a bucket in another account (not among this account’s buckets)', () => {
    const r = evaluate(s3Section([s3Bucket('something-else')]));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('cannot be inspected');
  });

  it('is unknown when the bucket ACL read was denied and nothing neutralises it', () => {
    const bucket = s3Bucket('trail-logs', 'us-east-1', { ...noBpa, acl: denied('s3:GetBucketAcl') });
    const r = evaluate(s3Section([bucket], { accountPublicAccessBlock: ok(null) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('s3:GetBucketAcl');
  });

  it('is unknown when ListBuckets was denied', () => {
    const r = evaluate({ accountPublicAccessBlock: ok(s3Bpa()), buckets: denied('s3:ListAllMyBuckets') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('s3:ListAllMyBuckets');
  });

  it('decides the trail bucket policy with the policy engine: variables pin nothing, a Deny outside the org closes', () => {
    const read = { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::trail-logs/*' };
    const withPolicy = (...Statement: Record<string, unknown>[]) =>
      evaluate(
        s3Section([s3Bucket('trail-logs', 'us-east-1', { ...noBpa, policy: ok({ Version: '2012-10-17', Statement }) })], {
          accountPublicAccessBlock: ok(null),
        }),
      )?.status;
    expect(withPolicy({ ...read, Condition: { StringLike: { 'aws:PrincipalArn': 'arn:aws:iam::${aws:PrincipalAccount}:*' } } })).toBe(
      'FAIL',
    );
    const denyOutsideOrg = {
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: ['arn:aws:s3:::trail-logs', 'arn:aws:s3:::trail-logs/*'],
      Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
    };
    expect(withPolicy(read, denyOutsideOrg)).toBe('PASS');
  });
});
