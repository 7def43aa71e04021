import { describe, expect, it } from 'vitest';
import { redshiftClusterEncryptedWithCustomerKey as check } from '../../../src/checks/redshift/redshift-cluster-encrypted-with-customer-key.js';
import { arn, denied, ok } from '../../builders/index.js';
import { kmsKey, kmsMetadata } from '../../builders/kms.js';
import { R, compliant, one } from './helpers.js';

const awsKey = kmsKey(R, 'aaaa0000-12ab-34cd-56ef-000000000009', {
  aliases: ['alias/aws/redshift'],
  metadata: ok(kmsMetadata({ keyManager: 'AWS' })),
  rotation: null,
  policy: null,
});
const kmsWith = (keys: ReturnType<typeof kmsKey>[]) => ({ keys: { [R]: ok(keys) } });

describe('redshift-cluster-encrypted-with-customer-key', () => {
  it('passes clusters encrypted with a customer managed key', () => {
    expect(compliant(check).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one(check)?.reason).toBe('Redshift cluster c1 is encrypted with customer managed KMS key alias/app-1234abcd.');
  });

  it('fails a cluster encrypted with the AWS managed key', () => {
    const r = one(check, { kmsKeyId: awsKey.arn }, {}, { kms: kmsWith([awsKey]) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Redshift cluster c1 is encrypted with AWS managed KMS key alias/aws/redshift.');
  });

  it('fails an unencrypted cluster', () => {
    const r = one(check, { encrypted: false, kmsKeyId: null });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Redshift cluster c1 is not encrypted at rest.');
  });

  it('fails an encrypted cluster that names no KMS key', () => {
    const r = one(check, { kmsKeyId: null });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Redshift cluster c1 is encrypted without a KMS key of the account (no KmsKeyId).');
  });

  it('is UNKNOWN for a key that is not among the account keys', () => {
    const other = arn('kms', R, 'key/not-here');
    const r = one(check, { kmsKeyId: other });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe(`Redshift cluster c1 is encrypted with KMS key ${other}, which is not among this account's keys in ${R}.`);
  });

  it('is UNKNOWN when kms:ListKeys is denied', () => {
    const r = one(check, {}, {}, { kms: { keys: { [R]: denied('kms:ListKeys') } } });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('kms:ListKeys');
  });

  it('is UNKNOWN when kms:DescribeKey is denied', () => {
    const key = kmsKey(R, '1234abcd-12ab-34cd-56ef-000000000000', { metadata: denied('kms:DescribeKey') });
    const r = one(check, {}, {}, { kms: kmsWith([key]) });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('kms:DescribeKey');
  });
});
