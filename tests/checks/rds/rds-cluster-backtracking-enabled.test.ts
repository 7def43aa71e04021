import { describe, it, expect } from 'vitest';
import { rdsClusterBacktrackingEnabled as check } from '../../../src/checks/rds/rds-cluster-backtracking-enabled.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { oneRegion, rdsCluster } from '../../builders/rds.js';
import type { RdsRegion } from '../../../src/model/rds.js';

const R = 'eu-west-1';
const results = (overrides: Partial<RdsRegion>) => run(check, buildInventory({ rds: oneRegion(overrides) }));

describe('rds-cluster-backtracking-enabled', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes an Aurora MySQL cluster with a backtrack window', () => {
    const [r, ...rest] = results({ clusters: ok([rdsCluster('c1', R)]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('Aurora MySQL DB cluster c1 has a backtrack window of 86400 seconds.');
  });

  it('fails an Aurora MySQL cluster without backtracking', () => {
    const [r, ...rest] = results({ clusters: ok([rdsCluster('c1', R, { backtrackWindow: null })]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Aurora MySQL DB cluster c1 has backtracking disabled.');
  });

  it('leaves out clusters of other engines', () => {
    expect(results({ clusters: ok([rdsCluster('c1', R, { engine: 'aurora-postgresql', backtrackWindow: null })]) })).toEqual([]);
  });

  it('is UNKNOWN naming rds:DescribeDBClusters when it is denied', () => {
    const r = results({ clusters: denied('rds:DescribeDBClusters') }).find((x) => x.status === 'UNKNOWN');
    expect(r?.reason).toContain('rds:DescribeDBClusters');
  });
});
