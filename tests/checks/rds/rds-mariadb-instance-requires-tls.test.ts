import { describe, it, expect } from 'vitest';
import { rdsMariadbInstanceRequiresTls as check } from '../../../src/checks/rds/rds-mariadb-instance-requires-tls.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { oneRegion, rdsInstance } from '../../builders/rds.js';
import type { RdsRegion } from '../../../src/model/rds.js';

const R = 'eu-west-1';
const results = (overrides: Partial<RdsRegion>) => run(check, buildInventory({ rds: oneRegion(overrides) }));

describe('rds-mariadb-instance-requires-tls', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes an instance whose group requires secure transport', () => {
    const [r, ...rest] = results({ instances: ok([rdsInstance('db1', R, { engine: 'mariadb', engineVersion: '10.11.8' })]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('RDS for MariaDB DB instance db1 requires TLS (require_secure_transport is ON).');
  });

  it('fails an instance whose group does not set secure transport', () => {
    const [r, ...rest] = results({
      instances: ok([rdsInstance('db1', R, { engine: 'mariadb', engineVersion: '10.11.8' })]),
      parameterGroups: { 'secure-params': ok({ require_secure_transport: null }) },
    });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'RDS for MariaDB DB instance db1 does not require TLS: require_secure_transport is not set in DB parameter group secure-params.',
    );
  });

  it('fails an instance whose parameter group is not in sync', () => {
    const [r, ...rest] = results({
      instances: ok([
        rdsInstance('db1', R, {
          engine: 'mariadb',
          engineVersion: '10.11.8',
          parameterGroups: [{ name: 'secure-params', applyStatus: 'pending-reboot' }],
        }),
      ]),
    });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('RDS for MariaDB DB instance db1 has DB parameter group secure-params not in sync (pending-reboot).');
  });

  it('leaves out MariaDB before 10.5', () => {
    expect(
      results({
        instances: ok([rdsInstance('db1', R, { engine: 'mariadb', engineVersion: '10.4.34' })]),
        parameterGroups: { 'secure-params': ok({}) },
      }),
    ).toEqual([]);
  });

  it('is UNKNOWN naming rds:DescribeDBParameters when it is denied', () => {
    const r = results({
      instances: ok([rdsInstance('db1', R, { engine: 'mariadb', engineVersion: '10.11.8' })]),
      parameterGroups: { 'secure-params': denied('rds:DescribeDBParameters') },
    }).find((x) => x.status === 'UNKNOWN');
    expect(r?.reason).toContain('rds:DescribeDBParameters');
  });
});
