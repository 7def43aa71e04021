import { describe, it, expect } from 'vitest';
import { s3BucketSslRequestsOnly as check } from '../../../src/checks/s3/s3-bucket-ssl-requests-only.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { s3Bucket, s3Section, tlsDenyStatement } from '../../builders/s3.js';
import type { S3Bucket } from '../../../src/model/s3.js';

const ARN = 'arn:aws:s3:::b';
const one = (overrides: Partial<S3Bucket>) => run(check, buildInventory({ s3: s3Section([s3Bucket('b', 'us-east-1', overrides)]) }))[0];

describe('s3-bucket-ssl-requests-only', () => {
  it('passes a policy with the TLS deny statement', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toContain('"DenyInsecureTransport"');
  });

  it('passes a single-statement form with Resource "*" and {"AWS": "*"}', () => {
    const st = {
      Effect: 'Deny',
      Principal: { AWS: '*' },
      Action: '*',
      Resource: '*',
      Condition: { Bool: { 'aws:SecureTransport': false } },
    };
    expect(one({ policy: ok({ Version: '2012-10-17', Statement: st }) })?.status).toBe('PASS');
  });

  it('fails a bucket without a policy', () => {
    const r = one({ policy: ok(null) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('no bucket policy');
  });

  it('fails a policy whose TLS deny misses the objects or only covers GetObject', () => {
    const bucketOnly = { ...tlsDenyStatement(ARN), Resource: ARN };
    expect(one({ policy: ok({ Statement: [bucketOnly] }) })?.status).toBe('FAIL');
    const getOnly = { ...tlsDenyStatement(ARN), Action: 's3:GetObject' };
    const r = one({ policy: ok({ Statement: [getOnly] }) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('without a statement denying');
  });

  it('is UNKNOWN when s3:GetBucketPolicy is denied', () => {
    const r = one({ policy: denied('s3:GetBucketPolicy') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('s3:GetBucketPolicy');
  });

  it("passes CIS 2.1.1's own statement, which denies on the objects only (failed before the policy engine)", () => {
    const cis = {
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: `${ARN}/*`,
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    };
    const r = one({ policy: ok({ Version: '2012-10-17', Statement: [cis] }) });
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toContain('statement #1 denies s3:* when aws:SecureTransport is false on every object');
  });

  it('is UNKNOWN for a bucket policy that does not parse', () => {
    expect(one({ policy: ok({ Statement: [{ Effect: 'Deny' }] }) })?.status).toBe('UNKNOWN');
  });
});
