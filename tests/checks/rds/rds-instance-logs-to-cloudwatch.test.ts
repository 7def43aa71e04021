import { describe, it, expect } from 'vitest';
import { rdsInstanceLogsToCloudwatch as check } from '../../../src/checks/rds/rds-instance-logs-to-cloudwatch.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { oneRegion, rdsInstance } from '../../builders/rds.js';
import type { RdsRegion } from '../../../src/model/rds.js';

const R = 'eu-west-1';
const results = (overrides: Partial<RdsRegion>) => run(check, buildInventory({ rds: oneRegion(overrides) }));

describe('rds-instance-logs-to-cloudwatch', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes a MySQL instance publishing its four logs', () => {
    const [r, ...rest] = results({ instances: ok([rdsInstance('db1', R)]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('RDS DB instance db1 publishes audit, error, general and slowquery logs to CloudWatch Logs.');
  });

  it('fails a MySQL instance missing logs', () => {
    const [r, ...rest] = results({ instances: ok([rdsInstance('db1', R, { logExports: ['error'] })]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('RDS DB instance db1 (mysql) does not publish audit, general and slowquery logs to CloudWatch Logs.');
  });

  it('fails a PostgreSQL instance without the upgrade log', () => {
    const [r, ...rest] = results({ instances: ok([rdsInstance('db1', R, { engine: 'postgres', logExports: ['postgresql'] })]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('RDS DB instance db1 (postgres) does not publish upgrade logs to CloudWatch Logs.');
  });

  it('fails an Oracle instance without logs', () => {
    const [r, ...rest] = results({ instances: ok([rdsInstance('db1', R, { engine: 'oracle-ee', logExports: [] })]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('RDS DB instance db1 (oracle-ee) does not publish alert, audit, trace and listener logs to CloudWatch Logs.');
  });

  it('fails a SQL Server instance without the agent log', () => {
    const [r, ...rest] = results({ instances: ok([rdsInstance('db1', R, { engine: 'sqlserver-se', logExports: ['error'] })]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('RDS DB instance db1 (sqlserver-se) does not publish agent logs to CloudWatch Logs.');
  });

  it('fails an Aurora PostgreSQL instance without logs', () => {
    const [r, ...rest] = results({ instances: ok([rdsInstance('db1', R, { engine: 'aurora-postgresql', logExports: [] })]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('RDS DB instance db1 (aurora-postgresql) does not publish postgresql logs to CloudWatch Logs.');
  });

  it('leaves out engines the control does not list', () => {
    expect(results({ instances: ok([rdsInstance('db1', R, { engine: 'db2-se', logExports: [] })]) })).toEqual([]);
  });

  it('is UNKNOWN naming rds:DescribeDBInstances when it is denied', () => {
    const r = results({ instances: denied('rds:DescribeDBInstances') }).find((x) => x.status === 'UNKNOWN');
    expect(r?.reason).toContain('rds:DescribeDBInstances');
  });
});
