import { describe, it, expect } from 'vitest';
import { rdsInstanceBackupsEnabled as check } from '../../../src/checks/rds/rds-instance-backups-enabled.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { oneRegion, rdsInstance } from '../../builders/rds.js';
import type { RdsRegion } from '../../../src/model/rds.js';

const R = 'eu-west-1';
const results = (overrides: Partial<RdsRegion>) => run(check, buildInventory({ rds: oneRegion(overrides) }));

describe('rds-instance-backups-enabled', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes an instance keeping backups 7 days', () => {
    const [r, ...rest] = results({ instances: ok([rdsInstance('db1', R)]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('RDS DB instance db1 keeps automated backups for 7 days.');
  });

  it('fails an instance without automated backups', () => {
    const [r, ...rest] = results({ instances: ok([rdsInstance('db1', R, { backupRetentionDays: 0 })]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('RDS DB instance db1 has automated backups disabled.');
  });

  it('fails an instance keeping backups fewer than 7 days', () => {
    const [r, ...rest] = results({ instances: ok([rdsInstance('db1', R, { backupRetentionDays: 3 })]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('RDS DB instance db1 keeps automated backups for 3 days, fewer than 7.');
  });

  it('leaves out read replicas', () => {
    expect(results({ instances: ok([rdsInstance('db1', R, { backupRetentionDays: 0, replicaSource: 'db0' })]) })).toEqual([]);
  });

  it('is UNKNOWN naming rds:DescribeDBInstances when it is denied', () => {
    const r = results({ instances: denied('rds:DescribeDBInstances') }).find((x) => x.status === 'UNKNOWN');
    expect(r?.reason).toContain('rds:DescribeDBInstances');
  });
});
