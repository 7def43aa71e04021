import { describe, it, expect } from 'vitest';
import { rdsInstanceEncryptedWithCustomerKey as check } from '../../../src/checks/rds/rds-instance-encrypted-with-customer-key.js';
import { arn, buildInventory, denied, ok, run } from '../../builders/index.js';
import { oneRegion, rdsInstance } from '../../builders/rds.js';
import { compliantKmsSection } from '../../builders/kms.js';
import type { RdsDbInstance } from '../../../src/model/rds.js';

const R = 'eu-west-1';
const one = (instance: Partial<RdsDbInstance>, kms = compliantKmsSection()) =>
  run(check, buildInventory({ rds: oneRegion({ instances: ok([rdsInstance('db1', R, instance)]) }), kms }))[0];

describe('rds-instance-encrypted-with-customer-key', () => {
  it('passes an instance encrypted with a customer managed key', () => {
    const r = one({});
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('RDS DB instance db1 is encrypted with customer managed KMS key alias/app-1234abcd.');
  });

  it('fails an unencrypted instance and one on the AWS managed key', () => {
    expect(one({ storageEncrypted: false })?.reason).toBe('RDS DB instance db1 is not encrypted at rest.');
    const r = one({ kmsKeyId: arn('kms', R, 'key/aaaabbbb-12ab-34cd-56ef-000000000000') });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('RDS DB instance db1 is encrypted with AWS managed KMS key alias/aws/s3.');
  });

  it('is UNKNOWN when the KMS keys could not be listed, and undecided for a key outside the account', () => {
    const denyKms = { keys: { [R]: denied('kms:ListKeys'), 'us-east-1': denied('kms:ListKeys') } };
    const r = one({}, denyKms);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('kms:ListKeys');
    expect(one({ kmsKeyId: 'arn:aws:kms:eu-west-1:999999999999:key/other' })?.status).toBe('UNKNOWN');
  });

  it('is UNKNOWN on an inventory collected before the key was recorded, never a pass', () => {
    const r = one({ kmsKeyId: undefined });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('rds:DescribeDBInstances');
  });

  it('is UNKNOWN naming the action when DescribeDBInstances is denied', () => {
    const [r] = run(check, buildInventory({ rds: oneRegion({ instances: denied('rds:DescribeDBInstances') }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('rds:DescribeDBInstances');
  });
});
