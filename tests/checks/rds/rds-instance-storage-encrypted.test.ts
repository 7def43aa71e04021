import { describe, it, expect } from 'vitest';
import { rdsInstanceStorageEncrypted as check } from '../../../src/checks/rds/rds-instance-storage-encrypted.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { oneRegion, rdsInstance } from '../../builders/rds.js';
import type { RdsRegion } from '../../../src/model/rds.js';

const R = 'eu-west-1';
const results = (overrides: Partial<RdsRegion>) => run(check, buildInventory({ rds: oneRegion(overrides) }));

describe('rds-instance-storage-encrypted', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes an encrypted instance', () => {
    const [r, ...rest] = results({ instances: ok([rdsInstance('db1', R)]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('RDS DB instance db1 has storage encryption enabled.');
  });

  it('fails an unencrypted instance', () => {
    const [r, ...rest] = results({ instances: ok([rdsInstance('db1', R, { storageEncrypted: false })]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('RDS DB instance db1 is not encrypted at rest.');
  });

  it('is UNKNOWN naming rds:DescribeDBInstances when it is denied', () => {
    const r = results({ instances: denied('rds:DescribeDBInstances') }).find((x) => x.status === 'UNKNOWN');
    expect(r?.reason).toContain('rds:DescribeDBInstances');
  });
});
