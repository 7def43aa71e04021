import { describe, it, expect } from 'vitest';
import { bucketPolicyExposure, insecureTransportDeny } from '../../../src/checks/s3/bucket-policy.js';
import { parsePolicy, type Policy } from '../../../src/checks/lib/policy/index.js';
import { tlsDenyStatement } from '../../builders/s3.js';

const ARN = 'arn:aws:s3:::b';
const policy = (...Statement: Record<string, unknown>[]): Policy => {
  const p = parsePolicy({ Version: '2012-10-17', Statement });
  if (!p.ok) throw new Error(p.reason);
  return p.policy;
};
const allow = (extra: Record<string, unknown>) => ({
  Effect: 'Allow',
  Principal: '*',
  Action: 's3:GetObject',
  Resource: `${ARN}/*`,
  ...extra,
});

describe('bucketPolicyExposure', () => {
  it('classifies read and write by S3 bad actions, including NotAction', () => {
    const open = (s: Record<string, unknown>, kind: 'read' | 'write') => bucketPolicyExposure(policy(allow(s)), kind).open.length > 0;
    expect(open({ Action: ['s3:ListBucket'] }, 'read')).toBe(true);
    expect(open({ Action: ['s3:ListBucket'] }, 'write')).toBe(false);
    expect(open({ Action: '*' }, 'write')).toBe(true);
    expect(open({ Action: undefined, NotAction: ['s3:Put*', 's3:Delete*'] }, 'read')).toBe(true);
    expect(open({ Action: undefined, NotAction: 's3:*' }, 'read')).toBe(false);
    expect(open({ Action: 's3:G*t*' }, 'read')).toBe(true);
    expect(open({ Action: 's3:ReplicateObject' }, 'write')).toBe(true);
  });

  it('finds public Allow statements, including NotPrincipal, and ignores Deny and pinned conditions', () => {
    const p = policy(
      allow({ Sid: 'A' }),
      { Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:GetObject', Resource: '*' },
      { Effect: 'Deny', Principal: '*', Action: 's3:PutObject', Resource: '*' },
      allow({ Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1' } } }),
    );
    const found = bucketPolicyExposure(p, 'read').open;
    expect(found.map((s) => s.index)).toEqual([0, 1]);
    expect(found[0]?.description).toBe('statement "A" allows s3:GetObject to Principal "*"');
    expect(found[1]?.description).toBe('statement #2 allows s3:GetObject to everyone outside NotPrincipal');
    expect(bucketPolicyExposure(p, 'write').open).toEqual([]);
  });

  it('subtracts a Deny that leaves only callers through one VPC endpoint', () => {
    const p = policy(allow({ Sid: 'Read' }), {
      Sid: 'OnlyThroughVpce',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: [ARN, `${ARN}/*`],
      Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } },
    });
    const e = bucketPolicyExposure(p, 'read');
    expect(e.open).toEqual([]);
    expect(e.closed).toEqual([
      'statement "Read" allows s3:GetObject to Principal "*" (statement "OnlyThroughVpce" denies it to every caller but a pinned one)',
    ]);
  });

  it('does not subtract a Deny that HTTPS callers pass (the TLS deny)', () => {
    expect(bucketPolicyExposure(policy(allow({}), tlsDenyStatement(ARN)), 'read').open).toHaveLength(1);
  });

  it('keeps a grant whose condition value is a policy variable public', () => {
    const p = policy(allow({ Condition: { StringEquals: { 'aws:userid': '${aws:userid}' } } }));
    expect(bucketPolicyExposure(p, 'read').open).toHaveLength(1);
  });
});

describe('insecureTransportDeny', () => {
  const find = (...s: Record<string, unknown>[]) => insecureTransportDeny(policy(...s), ARN);

  it('finds the canonical statement and rejects narrowed variants', () => {
    expect(find(tlsDenyStatement(ARN))).toMatchObject({ statement: { sid: 'DenyInsecureTransport' }, coversBucket: true });
    const narrowed = {
      ...tlsDenyStatement(ARN),
      Condition: { Bool: { 'aws:SecureTransport': 'false' }, StringEquals: { 'aws:SourceVpce': 'vpce-1' } },
    };
    expect(find(narrowed)).toBeNull();
    expect(find({ ...tlsDenyStatement(ARN), Principal: { AWS: 'arn:aws:iam::111122223333:user/u' } })).toBeNull();
    expect(find({ ...tlsDenyStatement(ARN), Effect: 'Allow' })).toBeNull();
    expect(find(tlsDenyStatement('arn:aws:s3:::other'))).toBeNull();
    expect(find({ ...tlsDenyStatement(ARN), Condition: { Bool: { 'aws:SecureTransport': 'true' } } })).toBeNull();
  });

  it("accepts CIS 2.1.1's statement on the objects only, saying the bucket itself is not covered", () => {
    expect(find({ ...tlsDenyStatement(ARN), Resource: `${ARN}/*` })).toMatchObject({ coversBucket: false });
    expect(find({ ...tlsDenyStatement(ARN), Resource: ARN })).toBeNull();
  });
});
