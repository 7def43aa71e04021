import { describe, it, expect } from 'vitest';
import { rdsSqlserverInstanceRequiresTls as check } from '../../../src/checks/rds/rds-sqlserver-instance-requires-tls.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { oneRegion, rdsInstance } from '../../builders/rds.js';
import type { RdsRegion } from '../../../src/model/rds.js';

const R = 'eu-west-1';
const results = (overrides: Partial<RdsRegion>) => run(check, buildInventory({ rds: oneRegion(overrides) }));

describe('rds-sqlserver-instance-requires-tls', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes an instance whose group sets rds.force_ssl to 1', () => {
    const [r, ...rest] = results({ instances: ok([rdsInstance('db1', R, { engine: 'sqlserver-se' })]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('RDS for SQL Server DB instance db1 requires TLS (rds.force_ssl is 1).');
  });

  it('fails an instance whose group sets rds.force_ssl to 0', () => {
    const [r, ...rest] = results({
      instances: ok([rdsInstance('db1', R, { engine: 'sqlserver-se' })]),
      parameterGroups: { 'secure-params': ok({ 'rds.force_ssl': '0' }) },
    });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'RDS for SQL Server DB instance db1 does not require TLS: rds.force_ssl is 0 in DB parameter group secure-params.',
    );
  });

  it('is UNKNOWN when the instance reports no parameter group', () => {
    const [r, ...rest] = results({ instances: ok([rdsInstance('db1', R, { engine: 'sqlserver-se', parameterGroups: [] })]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe('RDS DB instance db1 reports no DB parameter group.');
  });

  it('leaves out other engines', () => {
    expect(results({ instances: ok([rdsInstance('db1', R)]), parameterGroups: { 'secure-params': ok({ 'rds.force_ssl': '0' }) } })).toEqual(
      [],
    );
  });

  it('is UNKNOWN naming rds:DescribeDBParameters when it is denied', () => {
    const r = results({
      instances: ok([rdsInstance('db1', R, { engine: 'sqlserver-se' })]),
      parameterGroups: { 'secure-params': denied('rds:DescribeDBParameters') },
    }).find((x) => x.status === 'UNKNOWN');
    expect(r?.reason).toContain('rds:DescribeDBParameters');
  });

  it('is UNKNOWN naming rds:DescribeDBParameters when it is denied', () => {
    const r = results({ instances: ok([rdsInstance('db1', R, { engine: 'sqlserver-se' })]), parameterGroups: {} }).find(
      (x) => x.status === 'UNKNOWN',
    );
    expect(r?.reason).toContain('rds:DescribeDBParameters');
  });
});
