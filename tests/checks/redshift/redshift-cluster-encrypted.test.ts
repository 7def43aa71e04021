import { describe, expect, it } from 'vitest';
import { redshiftClusterEncrypted as check } from '../../../src/checks/redshift/redshift-cluster-encrypted.js';
import { compliant, one } from './helpers.js';

describe('redshift-cluster-encrypted', () => {
  it('passes encrypted clusters, naming the key', () => {
    expect(compliant(check).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one(check, { kmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/k1' })?.reason).toBe(
      'Redshift cluster c1 is encrypted at rest with KMS key arn:aws:kms:eu-west-1:111122223333:key/k1.',
    );
  });

  it('passes an encrypted cluster whatever the key (Redshift.10 has no key parameter by default)', () => {
    const r = one(check, { kmsKeyId: null });
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('Redshift cluster c1 is encrypted at rest.');
  });

  it('fails an unencrypted cluster', () => {
    const r = one(check, { encrypted: false, kmsKeyId: null });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Redshift cluster c1 is not encrypted at rest.');
  });
});
