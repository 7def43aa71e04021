import { describe, it, expect } from 'vitest';
import { rdsPostgresqlInstanceRequiresTls as check } from '../../../src/checks/rds/rds-postgresql-instance-requires-tls.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { oneRegion, rdsInstance } from '../../builders/rds.js';
import type { RdsRegion } from '../../../src/model/rds.js';

const R = 'eu-west-1';
const results = (overrides: Partial<RdsRegion>) => run(check, buildInventory({ rds: oneRegion(overrides) }));

describe('rds-postgresql-instance-requires-tls', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes an instance whose group sets rds.force_ssl to 1', () => {
    const [r, ...rest] = results({ instances: ok([rdsInstance('db1', R, { engine: 'postgres' })]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('RDS for PostgreSQL DB instance db1 requires TLS (rds.force_ssl is 1).');
  });

  it('fails an instance whose group sets rds.force_ssl to 0', () => {
    const [r, ...rest] = results({
      instances: ok([rdsInstance('db1', R, { engine: 'postgres' })]),
      parameterGroups: { 'secure-params': ok({ 'rds.force_ssl': '0' }) },
    });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'RDS for PostgreSQL DB instance db1 does not require TLS: rds.force_ssl is 0 in DB parameter group secure-params.',
    );
  });

  it('is UNKNOWN when the group does not list rds.force_ssl', () => {
    const [r, ...rest] = results({
      instances: ok([rdsInstance('db1', R, { engine: 'postgres' })]),
      parameterGroups: { 'secure-params': ok({}) },
    });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe(
      'DB parameter group secure-params of RDS for PostgreSQL DB instance db1 does not set rds.force_ssl, so it has the engine default.',
    );
  });

  it('leaves out instances of a cluster', () => {
    expect(
      results({
        instances: ok([rdsInstance('db1', R, { engine: 'postgres', clusterId: 'c1' })]),
        parameterGroups: { 'secure-params': ok({ 'rds.force_ssl': '0' }) },
      }),
    ).toEqual([]);
  });

  it('is UNKNOWN naming rds:DescribeDBParameters when it is denied', () => {
    const r = results({
      instances: ok([rdsInstance('db1', R, { engine: 'postgres' })]),
      parameterGroups: { 'secure-params': denied('rds:DescribeDBParameters') },
    }).find((x) => x.status === 'UNKNOWN');
    expect(r?.reason).toContain('rds:DescribeDBParameters');
  });

  it('is UNKNOWN naming rds:DescribeDBInstances when it is denied', () => {
    const r = results({ instances: denied('rds:DescribeDBInstances') }).find((x) => x.status === 'UNKNOWN');
    expect(r?.reason).toContain('rds:DescribeDBInstances');
  });
});
