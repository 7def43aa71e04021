import { describe, expect, it } from 'vitest';
import { kmsKeyNotPubliclyAccessible as check } from '../../../src/checks/kms/kms-key-not-publicly-accessible.js';
import { ACCOUNT_ID, buildInventory, denied, ok, run } from '../../builders/index.js';
import { kmsKey } from '../../builders/kms.js';
import type { KmsKey, KmsKeyPolicy } from '../../../src/model/kms.js';

const withKeys = (...keys: KmsKey[]) => run(check, buildInventory({ kms: { keys: { 'us-east-1': ok(keys) } } }));
const withPolicy = (...Statement: KmsKeyPolicy[]) =>
  withKeys(kmsKey('us-east-1', 'k-1', { aliases: ['alias/shared'], policy: ok({ Version: '2012-10-17', Statement }) }));
const everyone: { [k: string]: KmsKeyPolicy } = {
  Sid: 'Everyone',
  Effect: 'Allow',
  Principal: { AWS: '*' },
  Action: ['kms:Decrypt', 'kms:DescribeKey'],
  Resource: '*',
};

describe('kms-key-not-publicly-accessible (FSBP KMS.5)', () => {
  it('passes customer keys whose policy names the account, skipping AWS managed keys', () => {
    const results = run(check, buildInventory());
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.status === 'PASS')).toBe(true);
    expect(results[0]?.reason).toBe(
      'KMS key alias/app-1234abcd policy allows no public access (every grant names fixed principals or pins the caller).',
    );
  });
  it('fails Principal "*" without a condition', () => {
    const [r] = withPolicy(everyone);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('KMS key alias/shared policy statement "Everyone" allows kms:Decrypt, kms:DescribeKey to everyone.');
  });
  it('fails Principal "*" under a condition that pins nothing', () => {
    const [r] = withPolicy({ ...everyone, Condition: { Bool: { 'aws:SecureTransport': 'true' } } });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('under conditions that do not pin the caller to fixed values');
  });
  it('passes Principal "*" pinned by kms:CallerAccount, as AWS managed key policies are', () => {
    const [r] = withPolicy({ ...everyone, Condition: { StringEquals: { 'kms:CallerAccount': ACCOUNT_ID } } });
    expect(r?.status).toBe('PASS');
  });
  it('fails a wildcard kms:CallerAccount (not a fixed value)', () => {
    const [r] = withPolicy({ ...everyone, Condition: { StringLike: { 'kms:CallerAccount': '*' } } });
    expect(r?.status).toBe('FAIL');
  });
  it('is unknown when GetKeyPolicy was denied, or the policy does not parse', () => {
    const [a] = withKeys(kmsKey('us-east-1', 'k-1', { policy: denied('kms:GetKeyPolicy') }));
    expect(a?.status).toBe('UNKNOWN');
    expect(a?.reason).toContain('kms:GetKeyPolicy');
    const [b] = withKeys(kmsKey('us-east-1', 'k-1', { policy: ok('{not json') }));
    expect(b?.status).toBe('UNKNOWN');
    expect(b?.reason).toContain('kms:GetKeyPolicy');
  });
  it('is unknown when DescribeKey or ListKeys was denied', () => {
    const [a] = withKeys(kmsKey('us-east-1', 'k-1', { metadata: denied('kms:DescribeKey') }));
    expect(a?.reason).toContain('kms:DescribeKey');
    const [b] = run(check, buildInventory({ kms: { keys: { 'us-east-1': denied('kms:ListKeys') } } }));
    expect(b?.status).toBe('UNKNOWN');
    expect(b?.reason).toContain('kms:ListKeys');
  });
});
