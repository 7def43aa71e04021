import { describe, it, expect } from 'vitest';
import { rdsClusterStorageEncrypted as check } from '../../../src/checks/rds/rds-cluster-storage-encrypted.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { oneRegion, rdsCluster } from '../../builders/rds.js';
import type { RdsRegion } from '../../../src/model/rds.js';

const R = 'eu-west-1';
const results = (overrides: Partial<RdsRegion>) => run(check, buildInventory({ rds: oneRegion(overrides) }));

describe('rds-cluster-storage-encrypted', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes an encrypted cluster', () => {
    const [r, ...rest] = results({ clusters: ok([rdsCluster('c1', R)]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('RDS DB cluster c1 has storage encryption enabled.');
  });

  it('fails an unencrypted cluster', () => {
    const [r, ...rest] = results({ clusters: ok([rdsCluster('c1', R, { storageEncrypted: false })]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('RDS DB cluster c1 is not encrypted at rest.');
  });

  it('is UNKNOWN naming rds:DescribeDBClusters when it is denied', () => {
    const r = results({ clusters: denied('rds:DescribeDBClusters') }).find((x) => x.status === 'UNKNOWN');
    expect(r?.reason).toContain('rds:DescribeDBClusters');
  });
});
