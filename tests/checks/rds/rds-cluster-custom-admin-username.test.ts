import { describe, it, expect } from 'vitest';
import { rdsClusterCustomAdminUsername as check } from '../../../src/checks/rds/rds-cluster-custom-admin-username.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { oneRegion, rdsCluster } from '../../builders/rds.js';
import type { RdsRegion } from '../../../src/model/rds.js';

const R = 'eu-west-1';
const results = (overrides: Partial<RdsRegion>) => run(check, buildInventory({ rds: oneRegion(overrides) }));

describe('rds-cluster-custom-admin-username', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes a cluster with a custom master user name', () => {
    const [r, ...rest] = results({ clusters: ok([rdsCluster('c1', R)]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('RDS DB cluster c1 uses a custom master user name.');
  });

  it('fails a cluster with the default master user name', () => {
    const [r, ...rest] = results({ clusters: ok([rdsCluster('c1', R, { masterUsername: 'admin' })]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('RDS DB cluster c1 uses the default master user name admin.');
  });

  it('is UNKNOWN when a cluster reports no master user name', () => {
    const [r, ...rest] = results({ clusters: ok([rdsCluster('c1', R, { masterUsername: null })]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe('RDS DB cluster c1 reports no master user name.');
  });

  it('leaves out Neptune and DocumentDB clusters', () => {
    expect(results({ clusters: ok([rdsCluster('c1', R, { engine: 'docdb', masterUsername: 'admin' })]) })).toEqual([]);
  });

  it('is UNKNOWN naming rds:DescribeDBClusters when it is denied', () => {
    const r = results({ clusters: denied('rds:DescribeDBClusters') }).find((x) => x.status === 'UNKNOWN');
    expect(r?.reason).toContain('rds:DescribeDBClusters');
  });
});
