import { describe, it, expect } from 'vitest';
import { ecrRepositoryEncryptedCmk as check } from '../../../src/checks/ecr/ecr-repository-encrypted-cmk.js';
import { arn, buildInventory, denied, run } from '../../builders/index.js';
import { ecrRepository, ecrSection } from '../../builders/ecr.js';
import { compliantKmsSection } from '../../builders/kms.js';
import type { EcrRepository } from '../../../src/model/ecr.js';
import type { KmsSection } from '../../../src/model/kms.js';

const one = (overrides: Partial<EcrRepository>, kms: KmsSection = compliantKmsSection()) =>
  run(check, buildInventory({ ecr: ecrSection([ecrRepository('app', 'us-east-1', overrides)]), kms }))[0];
// compliantKmsSection: in us-east-1 (index 1) a customer key 1234abcd-... and an AWS managed key aaaabbbb-... (alias/aws/s3).
const awsManaged = arn('kms', 'us-east-1', 'key/aaaabbbb-12ab-34cd-56ef-000000000001');

describe('ecr-repository-encrypted-cmk', () => {
  it('passes repositories encrypted with a customer managed key', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('ECR repository app is encrypted with customer managed KMS key alias/app-1234abcd.');
  });

  it('fails a repository encrypted with AES256', () => {
    const r = one({ encryptionType: 'AES256', kmsKey: null });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('ECR repository app is encrypted with AES256, not a KMS key.');
  });

  it('fails a repository on KMS without a named key (aws/ecr)', () => {
    const r = one({ kmsKey: null });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('ECR repository app is encrypted with the AWS managed key aws/ecr.');
  });

  it('fails a repository encrypted with an AWS managed key', () => {
    const r = one({ kmsKey: awsManaged });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('ECR repository app is encrypted with AWS managed KMS key alias/aws/s3.');
  });

  it('is UNKNOWN for a key that is not among the account keys', () => {
    const other = 'arn:aws:kms:us-east-1:999999999999:key/elsewhere';
    const r = one({ kmsKey: other });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe(`ECR repository app is encrypted with KMS key ${other}, which is not among this account's keys in us-east-1.`);
  });

  it('is UNKNOWN when kms:ListKeys is denied', () => {
    const r = one({}, { keys: { 'us-east-1': denied('kms:ListKeys') } });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('kms:ListKeys');
  });

  it('is UNKNOWN when kms:DescribeKey is denied for the key', () => {
    const kms = compliantKmsSection();
    const east = kms.keys['us-east-1'];
    if (east?.ok) east.value[0] = { ...east.value[0]!, metadata: denied('kms:DescribeKey') };
    const r = one({}, kms);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('kms:DescribeKey');
  });
});
