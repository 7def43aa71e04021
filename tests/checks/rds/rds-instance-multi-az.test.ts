import { describe, it, expect } from 'vitest';
import { rdsInstanceMultiAz as check } from '../../../src/checks/rds/rds-instance-multi-az.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { oneRegion, rdsInstance } from '../../builders/rds.js';
import type { RdsRegion } from '../../../src/model/rds.js';

const R = 'eu-west-1';
const results = (overrides: Partial<RdsRegion>) => run(check, buildInventory({ rds: oneRegion(overrides) }));

describe('rds-instance-multi-az', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes a Multi-AZ instance', () => {
    const [r, ...rest] = results({ instances: ok([rdsInstance('db1', R)]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('RDS DB instance db1 is a Multi-AZ deployment.');
  });

  it('fails a Single-AZ instance', () => {
    const [r, ...rest] = results({ instances: ok([rdsInstance('db1', R, { multiAz: false })]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('RDS DB instance db1 runs in a single Availability Zone.');
  });

  it('leaves out instances of a DB cluster', () => {
    expect(results({ instances: ok([rdsInstance('db1', R, { multiAz: false, clusterId: 'c1' })]) })).toEqual([]);
  });

  it('is UNKNOWN naming rds:DescribeDBInstances when it is denied', () => {
    const r = results({ instances: denied('rds:DescribeDBInstances') }).find((x) => x.status === 'UNKNOWN');
    expect(r?.reason).toContain('rds:DescribeDBInstances');
  });
});
