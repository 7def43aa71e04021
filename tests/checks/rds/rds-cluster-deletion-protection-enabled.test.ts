import { describe, it, expect } from 'vitest';
import { rdsClusterDeletionProtectionEnabled as check } from '../../../src/checks/rds/rds-cluster-deletion-protection-enabled.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { oneRegion, rdsCluster } from '../../builders/rds.js';
import type { RdsRegion } from '../../../src/model/rds.js';

const R = 'eu-west-1';
const results = (overrides: Partial<RdsRegion>) => run(check, buildInventory({ rds: oneRegion(overrides) }));

describe('rds-cluster-deletion-protection-enabled', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes a protected cluster', () => {
    const [r, ...rest] = results({ clusters: ok([rdsCluster('c1', R)]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('RDS DB cluster c1 has deletion protection enabled.');
  });

  it('fails an unprotected cluster', () => {
    const [r, ...rest] = results({ clusters: ok([rdsCluster('c1', R, { deletionProtection: false })]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('RDS DB cluster c1 has deletion protection disabled.');
  });

  it('is UNKNOWN naming rds:DescribeDBClusters when it is denied', () => {
    const r = results({ clusters: denied('rds:DescribeDBClusters') }).find((x) => x.status === 'UNKNOWN');
    expect(r?.reason).toContain('rds:DescribeDBClusters');
  });
});
