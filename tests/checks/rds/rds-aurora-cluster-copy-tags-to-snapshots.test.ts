import { describe, it, expect } from 'vitest';
import { rdsAuroraClusterCopyTagsToSnapshots as check } from '../../../src/checks/rds/rds-aurora-cluster-copy-tags-to-snapshots.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { oneRegion, rdsCluster } from '../../builders/rds.js';
import type { RdsRegion } from '../../../src/model/rds.js';

const R = 'eu-west-1';
const results = (overrides: Partial<RdsRegion>) => run(check, buildInventory({ rds: oneRegion(overrides) }));

describe('rds-aurora-cluster-copy-tags-to-snapshots', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes an Aurora cluster copying tags', () => {
    const [r, ...rest] = results({ clusters: ok([rdsCluster('c1', R)]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('Aurora DB cluster c1 copies its tags to snapshots.');
  });

  it('fails an Aurora cluster not copying tags', () => {
    const [r, ...rest] = results({ clusters: ok([rdsCluster('c1', R, { copyTagsToSnapshot: false })]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Aurora DB cluster c1 does not copy its tags to snapshots.');
  });

  it('leaves out non-Aurora clusters', () => {
    expect(results({ clusters: ok([rdsCluster('c1', R, { engine: 'postgres', copyTagsToSnapshot: false })]) })).toEqual([]);
  });

  it('is UNKNOWN naming rds:DescribeDBClusters when it is denied', () => {
    const r = results({ clusters: denied('rds:DescribeDBClusters') }).find((x) => x.status === 'UNKNOWN');
    expect(r?.reason).toContain('rds:DescribeDBClusters');
  });
});
