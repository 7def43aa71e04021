import { describe, it, expect } from 'vitest';
import { rdsInstanceCustomAdminUsername as check } from '../../../src/checks/rds/rds-instance-custom-admin-username.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { oneRegion, rdsInstance } from '../../builders/rds.js';
import type { RdsRegion } from '../../../src/model/rds.js';

const R = 'eu-west-1';
const results = (overrides: Partial<RdsRegion>) => run(check, buildInventory({ rds: oneRegion(overrides) }));

describe('rds-instance-custom-admin-username', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes an instance with a custom master user name', () => {
    const [r, ...rest] = results({ instances: ok([rdsInstance('db1', R)]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('RDS DB instance db1 uses a custom master user name.');
  });

  it('fails an instance with the default master user name', () => {
    const [r, ...rest] = results({ instances: ok([rdsInstance('db1', R, { engine: 'postgres', masterUsername: 'postgres' })]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('RDS DB instance db1 uses the default master user name postgres.');
  });

  it('is UNKNOWN when an instance reports no master user name', () => {
    const [r, ...rest] = results({ instances: ok([rdsInstance('db1', R, { masterUsername: null })]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe('RDS DB instance db1 reports no master user name.');
  });

  it('leaves out instances of a cluster', () => {
    expect(results({ instances: ok([rdsInstance('db1', R, { masterUsername: 'admin', clusterId: 'c1' })]) })).toEqual([]);
  });

  it('is UNKNOWN naming rds:DescribeDBInstances when it is denied', () => {
    const r = results({ instances: denied('rds:DescribeDBInstances') }).find((x) => x.status === 'UNKNOWN');
    expect(r?.reason).toContain('rds:DescribeDBInstances');
  });
});
