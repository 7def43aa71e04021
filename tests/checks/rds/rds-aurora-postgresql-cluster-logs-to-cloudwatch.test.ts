import { describe, it, expect } from 'vitest';
import { rdsAuroraPostgresqlClusterLogsToCloudwatch as check } from '../../../src/checks/rds/rds-aurora-postgresql-cluster-logs-to-cloudwatch.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { oneRegion, rdsCluster } from '../../builders/rds.js';
import type { RdsRegion } from '../../../src/model/rds.js';

const R = 'eu-west-1';
const results = (overrides: Partial<RdsRegion>) => run(check, buildInventory({ rds: oneRegion(overrides) }));

describe('rds-aurora-postgresql-cluster-logs-to-cloudwatch', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes an Aurora PostgreSQL cluster publishing its log', () => {
    const [r, ...rest] = results({ clusters: ok([rdsCluster('c1', R, { engine: 'aurora-postgresql' })]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('Aurora PostgreSQL DB cluster c1 publishes its postgresql log to CloudWatch Logs.');
  });

  it('fails an Aurora PostgreSQL cluster not publishing its log', () => {
    const [r, ...rest] = results({ clusters: ok([rdsCluster('c1', R, { engine: 'aurora-postgresql', logExports: [] })]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Aurora PostgreSQL DB cluster c1 does not publish its postgresql log to CloudWatch Logs.');
  });

  it('leaves out other engines', () => {
    expect(results({ clusters: ok([rdsCluster('c1', R, { logExports: [] })]) })).toEqual([]);
  });

  it('is UNKNOWN naming rds:DescribeDBClusters when it is denied', () => {
    const r = results({ clusters: denied('rds:DescribeDBClusters') }).find((x) => x.status === 'UNKNOWN');
    expect(r?.reason).toContain('rds:DescribeDBClusters');
  });
});
