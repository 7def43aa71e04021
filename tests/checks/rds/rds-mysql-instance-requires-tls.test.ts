import { describe, it, expect } from 'vitest';
import { rdsMysqlInstanceRequiresTls as check } from '../../../src/checks/rds/rds-mysql-instance-requires-tls.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { oneRegion, rdsInstance } from '../../builders/rds.js';
import type { RdsRegion } from '../../../src/model/rds.js';

const R = 'eu-west-1';
const results = (overrides: Partial<RdsRegion>) => run(check, buildInventory({ rds: oneRegion(overrides) }));

describe('rds-mysql-instance-requires-tls', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes an instance whose group requires secure transport', () => {
    const [r, ...rest] = results({ instances: ok([rdsInstance('db1', R)]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('RDS for MySQL DB instance db1 requires TLS (require_secure_transport is ON).');
  });

  it('fails an instance whose group turns secure transport off', () => {
    const [r, ...rest] = results({
      instances: ok([rdsInstance('db1', R)]),
      parameterGroups: { 'secure-params': ok({ require_secure_transport: '0' }) },
    });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'RDS for MySQL DB instance db1 does not require TLS: require_secure_transport is 0 in DB parameter group secure-params.',
    );
  });

  it('is UNKNOWN when the group lists the parameter without a value', () => {
    const [r, ...rest] = results({
      instances: ok([rdsInstance('db1', R)]),
      parameterGroups: { 'secure-params': ok({ require_secure_transport: null }) },
    });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe(
      'DB parameter group secure-params of RDS for MySQL DB instance db1 does not set require_secure_transport, so it has the engine default.',
    );
  });

  it('leaves out other engines', () => {
    expect(
      results({
        instances: ok([rdsInstance('db1', R, { engine: 'postgres' })]),
        parameterGroups: { 'secure-params': ok({ require_secure_transport: '0' }) },
      }),
    ).toEqual([]);
  });

  it('is UNKNOWN naming rds:DescribeDBParameters when it is denied', () => {
    const r = results({
      instances: ok([rdsInstance('db1', R)]),
      parameterGroups: { 'secure-params': denied('rds:DescribeDBParameters') },
    }).find((x) => x.status === 'UNKNOWN');
    expect(r?.reason).toContain('rds:DescribeDBParameters');
  });
});
