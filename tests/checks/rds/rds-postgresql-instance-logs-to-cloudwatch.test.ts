import { describe, it, expect } from 'vitest';
import { rdsPostgresqlInstanceLogsToCloudwatch as check } from '../../../src/checks/rds/rds-postgresql-instance-logs-to-cloudwatch.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { oneRegion, rdsInstance } from '../../builders/rds.js';
import type { RdsRegion } from '../../../src/model/rds.js';

const R = 'eu-west-1';
const results = (overrides: Partial<RdsRegion>) => run(check, buildInventory({ rds: oneRegion(overrides) }));

describe('rds-postgresql-instance-logs-to-cloudwatch', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes an instance publishing the logs', () => {
    const [r, ...rest] = results({ instances: ok([rdsInstance('db1', R, { engine: 'postgres', logExports: ['postgresql'] })]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('RDS for PostgreSQL DB instance db1 publishes postgresql logs to CloudWatch Logs.');
  });

  it('fails an instance missing logs', () => {
    const [r, ...rest] = results({ instances: ok([rdsInstance('db1', R, { engine: 'postgres', logExports: ['upgrade'] })]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('RDS for PostgreSQL DB instance db1 does not publish postgresql logs to CloudWatch Logs.');
  });

  it('leaves out other engines', () => {
    expect(results({ instances: ok([rdsInstance('db1', R, { engine: 'mysql', logExports: [] })]) })).toEqual([]);
  });

  it('is UNKNOWN naming rds:DescribeDBInstances when it is denied', () => {
    const r = results({ instances: denied('rds:DescribeDBInstances') }).find((x) => x.status === 'UNKNOWN');
    expect(r?.reason).toContain('rds:DescribeDBInstances');
  });
});
