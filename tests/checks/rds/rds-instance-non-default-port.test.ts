import { describe, it, expect } from 'vitest';
import { rdsInstanceNonDefaultPort as check } from '../../../src/checks/rds/rds-instance-non-default-port.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { oneRegion, rdsCluster, rdsInstance } from '../../builders/rds.js';
import type { RdsRegion } from '../../../src/model/rds.js';

const R = 'eu-west-1';
const results = (overrides: Partial<RdsRegion>) => run(check, buildInventory({ rds: oneRegion(overrides) }));

describe('rds-instance-non-default-port', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes an instance on a custom port', () => {
    const [r, ...rest] = results({ instances: ok([rdsInstance('db1', R)]), clusters: ok([]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('RDS DB instance db1 listens on port 3307, not the default 3306.');
  });

  it('fails an instance on the default port', () => {
    const [r, ...rest] = results({ instances: ok([rdsInstance('db1', R, { engine: 'postgres', port: 5432 })]), clusters: ok([]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe("RDS DB instance db1 listens on postgres's default port 5432.");
  });

  it('fails a cluster on the default port', () => {
    const [r, ...rest] = results({ instances: ok([]), clusters: ok([rdsCluster('c1', R, { port: 3306 })]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe("RDS DB cluster c1 listens on aurora-mysql's default port 3306.");
  });

  it('is UNKNOWN when an instance reports no port', () => {
    const [r, ...rest] = results({ instances: ok([rdsInstance('db1', R, { port: null })]), clusters: ok([]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe('RDS DB instance db1 reports no port yet.');
  });

  it('leaves out instances of a cluster', () => {
    expect(results({ instances: ok([rdsInstance('db1', R, { port: 3306, clusterId: 'c1' })]), clusters: ok([]) })).toEqual([]);
  });

  it('is UNKNOWN naming rds:DescribeDBInstances when it is denied', () => {
    const r = results({ instances: denied('rds:DescribeDBInstances'), clusters: ok([]) }).find((x) => x.status === 'UNKNOWN');
    expect(r?.reason).toContain('rds:DescribeDBInstances');
  });
});
