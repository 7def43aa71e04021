import { describe, it, expect } from 'vitest';
import { rdsAuroraMysqlClusterAuditLogsToCloudwatch as check } from '../../../src/checks/rds/rds-aurora-mysql-cluster-audit-logs-to-cloudwatch.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { oneRegion, rdsCluster } from '../../builders/rds.js';
import type { RdsRegion } from '../../../src/model/rds.js';

const R = 'eu-west-1';
const results = (overrides: Partial<RdsRegion>) => run(check, buildInventory({ rds: oneRegion(overrides) }));

describe('rds-aurora-mysql-cluster-audit-logs-to-cloudwatch', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes an Aurora MySQL cluster publishing audit logs', () => {
    const [r, ...rest] = results({ clusters: ok([rdsCluster('c1', R)]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('Aurora MySQL DB cluster c1 publishes its audit log to CloudWatch Logs.');
  });

  it('fails an Aurora MySQL cluster not publishing audit logs', () => {
    const [r, ...rest] = results({ clusters: ok([rdsCluster('c1', R, { logExports: ['error'] })]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Aurora MySQL DB cluster c1 does not publish its audit log to CloudWatch Logs.');
  });

  it('leaves out Aurora Serverless v1 and other engines', () => {
    expect(
      results({
        clusters: ok([
          rdsCluster('c1', R, { engineMode: 'serverless', logExports: [] }),
          rdsCluster('c2', R, { engine: 'aurora-postgresql', logExports: [] }),
        ]),
      }),
    ).toEqual([]);
  });

  it('is UNKNOWN naming rds:DescribeDBClusters when it is denied', () => {
    const r = results({ clusters: denied('rds:DescribeDBClusters') }).find((x) => x.status === 'UNKNOWN');
    expect(r?.reason).toContain('rds:DescribeDBClusters');
  });
});
