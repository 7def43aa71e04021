import { describe, it, expect } from 'vitest';
import {
  assessPublicAccess,
  canMatchPrefix,
  coversPrefix,
  effectiveSetting,
  hasRestrictingCondition,
  insecureTransportDenyStatement,
  isPublicPrincipal,
  publicPolicyStatements,
  statementAllowsKind,
  wildcardMatch,
} from '../../../src/checks/s3/public-access.js';
import { denied, ok } from '../../builders/index.js';
import { allUsersGrant, s3Bpa, s3Bucket, tlsDenyStatement } from '../../builders/s3.js';

const ARN = 'arn:aws:s3:::b';
const allow = (extra: Record<string, unknown>) => ({
  Effect: 'Allow',
  Principal: '*',
  Action: 's3:GetObject',
  Resource: `${ARN}/*`,
  ...extra,
});

describe('wildcard helpers', () => {
  it('matches IAM wildcards case-insensitively', () => {
    expect(wildcardMatch('s3:Get*', 's3:getobject')).toBe(true);
    expect(wildcardMatch('s3:?etObject', 's3:GetObject')).toBe(true);
    expect(wildcardMatch('s3:Put*', 's3:GetObject')).toBe(false);
    expect(wildcardMatch('arn:aws:s3:::b/*', 'arn:aws:s3:::b')).toBe(false);
    expect(wildcardMatch('*', '')).toBe(true);
  });

  it('tells whether a pattern can match or covers a prefix', () => {
    expect(canMatchPrefix('s3:G*', 's3:Get')).toBe(true);
    expect(canMatchPrefix('*Object', 's3:Get')).toBe(true);
    expect(canMatchPrefix('s3:GetBucketLocation', 's3:Get')).toBe(true);
    expect(canMatchPrefix('s3:PutObject', 's3:Get')).toBe(false);
    expect(coversPrefix('s3:*', 's3:Get')).toBe(true);
    expect(coversPrefix('s3:Get*', 's3:Get')).toBe(true);
    expect(coversPrefix('s3:GetObject', 's3:Get')).toBe(false);
    expect(coversPrefix('s3:Get?', 's3:Get')).toBe(false);
  });
});

describe('statements', () => {
  it('classifies actions and NotAction', () => {
    expect(statementAllowsKind({ Action: ['s3:ListBucket'] }, 'read')).toBe(true);
    expect(statementAllowsKind({ Action: ['s3:ListBucket'] }, 'write')).toBe(false);
    expect(statementAllowsKind({ Action: '*' }, 'write')).toBe(true);
    expect(statementAllowsKind({ NotAction: ['s3:Put*', 's3:Delete*'] }, 'read')).toBe(true);
    expect(statementAllowsKind({ NotAction: 's3:*' }, 'read')).toBe(false);
  });

  it('recognises public principals', () => {
    expect(isPublicPrincipal('*')).toBe(true);
    expect(isPublicPrincipal({ AWS: '*' })).toBe(true);
    expect(isPublicPrincipal({ AWS: ['arn:aws:iam::111122223333:root', '*'] })).toBe(true);
    expect(isPublicPrincipal({ AWS: 'arn:aws:iam::111122223333:root' })).toBe(false);
    expect(isPublicPrincipal({ Service: 'logging.s3.amazonaws.com' })).toBe(false);
  });

  it('treats only fixed values of restricting keys as restricting', () => {
    expect(hasRestrictingCondition({ StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } })).toBe(true);
    expect(hasRestrictingCondition({ ArnLike: { 'aws:SourceArn': 'arn:aws:cloudtrail:us-east-1:111122223333:trail/t' } })).toBe(true);
    expect(hasRestrictingCondition({ IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } })).toBe(true);
    expect(hasRestrictingCondition({ IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } })).toBe(false);
    expect(hasRestrictingCondition({ StringLike: { 'aws:SourceArn': '*' } })).toBe(false);
    expect(hasRestrictingCondition({ StringNotEquals: { 'aws:SourceVpce': 'vpce-1' } })).toBe(false);
    expect(hasRestrictingCondition({ StringEqualsIfExists: { 'aws:SourceVpce': 'vpce-1' } })).toBe(false);
    expect(hasRestrictingCondition({ Bool: { 'aws:SecureTransport': 'true' } })).toBe(false);
    expect(hasRestrictingCondition({ StringEquals: { 'AWS:SOURCEACCOUNT': '111122223333' } })).toBe(true);
  });

  it('finds public Allow statements, including NotPrincipal, and ignores Deny', () => {
    const policy = {
      Statement: [
        allow({ Sid: 'A' }),
        { Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:GetObject', Resource: '*' },
        { Effect: 'Deny', Principal: '*', Action: 's3:GetObject', Resource: '*' },
        allow({ Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1' } } }),
      ],
    };
    const found = publicPolicyStatements(policy, 'read');
    expect(found.map((s) => s.index)).toEqual([0, 1]);
    expect(found[0]?.description).toBe('statement "A" allows s3:GetObject to Principal "*"');
    expect(publicPolicyStatements(policy, 'write')).toEqual([]);
    expect(publicPolicyStatements(null, 'read')).toEqual([]);
  });
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

describe('insecureTransportDenyStatement', () => {
  it('finds the canonical statement and rejects narrowed variants', () => {
    expect(insecureTransportDenyStatement({ Statement: [tlsDenyStatement(ARN)] }, ARN)?.sid).toBe('DenyInsecureTransport');
    const narrowed = {
      ...tlsDenyStatement(ARN),
      Condition: { Bool: { 'aws:SecureTransport': 'false' }, StringEquals: { 'aws:SourceVpce': 'vpce-1' } },
    };
    expect(insecureTransportDenyStatement({ Statement: [narrowed] }, ARN)).toBeNull();
    const someone = { ...tlsDenyStatement(ARN), Principal: { AWS: 'arn:aws:iam::111122223333:user/u' } };
    expect(insecureTransportDenyStatement({ Statement: [someone] }, ARN)).toBeNull();
    const allowed = { ...tlsDenyStatement(ARN), Effect: 'Allow' };
    expect(insecureTransportDenyStatement({ Statement: [allowed] }, ARN)).toBeNull();
    const other = { ...tlsDenyStatement('arn:aws:s3:::other') };
    expect(insecureTransportDenyStatement({ Statement: [other] }, ARN)).toBeNull();
  });
});
