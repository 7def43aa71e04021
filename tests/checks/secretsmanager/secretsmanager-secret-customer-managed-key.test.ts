import { describe, it, expect } from 'vitest';
import { secretsmanagerSecretCustomerManagedKey as check } from '../../../src/checks/secretsmanager/secretsmanager-secret-customer-managed-key.js';
import { buildInventory, run } from '../../builders/index.js';
import { listDenied, one } from './common.js';

describe('secretsmanager-secret-customer-managed-key', () => {
  it('passes a secret encrypted with a customer managed key', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one(check, {})?.reason).toBe(
      'Secrets Manager secret s is encrypted with the KMS key arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab.',
    );
  });

  it('fails a secret on the AWS managed key (no key id, or its alias)', () => {
    const r = one(check, { kmsKeyId: null });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Secrets Manager secret s is encrypted with the AWS managed key aws/secretsmanager.');
    expect(one(check, { kmsKeyId: 'alias/aws/secretsmanager' })?.status).toBe('FAIL');
  });

  it('is UNKNOWN when secretsmanager:ListSecrets is denied', () => {
    const r = listDenied(check);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('secretsmanager:ListSecrets');
  });
});
