import { describe, it, expect } from 'vitest';
import { rdsClusterAutoMinorVersionUpgradeEnabled as check } from '../../../src/checks/rds/rds-cluster-auto-minor-version-upgrade-enabled.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { oneRegion, rdsCluster } from '../../builders/rds.js';
import type { RdsRegion } from '../../../src/model/rds.js';

const R = 'eu-west-1';
const results = (overrides: Partial<RdsRegion>) => run(check, buildInventory({ rds: oneRegion(overrides) }));

describe('rds-cluster-auto-minor-version-upgrade-enabled', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes a Multi-AZ DB cluster with automatic minor version upgrades', () => {
    const [r, ...rest] = results({ clusters: ok([rdsCluster('c1', R, { engine: 'postgres' })]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('RDS DB cluster c1 has automatic minor version upgrades enabled.');
  });

  it('fails a Multi-AZ DB cluster without automatic minor version upgrades', () => {
    const [r, ...rest] = results({ clusters: ok([rdsCluster('c1', R, { engine: 'mysql', autoMinorVersionUpgrade: false })]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('RDS DB cluster c1 has automatic minor version upgrades disabled.');
  });

  it('is UNKNOWN when the cluster reports no setting', () => {
    const [r, ...rest] = results({ clusters: ok([rdsCluster('c1', R, { engine: 'mysql', autoMinorVersionUpgrade: null })]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe('RDS DB cluster c1 reports no automatic minor version upgrade setting.');
  });

  it('leaves out Aurora clusters', () => {
    expect(results({ clusters: ok([rdsCluster('c1', R, { autoMinorVersionUpgrade: false })]) })).toEqual([]);
  });

  it('is UNKNOWN naming rds:DescribeDBClusters when it is denied', () => {
    const r = results({ clusters: denied('rds:DescribeDBClusters') }).find((x) => x.status === 'UNKNOWN');
    expect(r?.reason).toContain('rds:DescribeDBClusters');
  });
});
