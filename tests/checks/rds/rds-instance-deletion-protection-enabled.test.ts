import { describe, it, expect } from 'vitest';
import { rdsInstanceDeletionProtectionEnabled as check } from '../../../src/checks/rds/rds-instance-deletion-protection-enabled.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { oneRegion, rdsInstance } from '../../builders/rds.js';
import type { RdsRegion } from '../../../src/model/rds.js';

const R = 'eu-west-1';
const results = (overrides: Partial<RdsRegion>) => run(check, buildInventory({ rds: oneRegion(overrides) }));

describe('rds-instance-deletion-protection-enabled', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes a protected instance', () => {
    const [r, ...rest] = results({ instances: ok([rdsInstance('db1', R)]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('RDS DB instance db1 has deletion protection enabled.');
  });

  it('fails an unprotected instance', () => {
    const [r, ...rest] = results({ instances: ok([rdsInstance('db1', R, { deletionProtection: false })]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('RDS DB instance db1 has deletion protection disabled.');
  });

  it('leaves out engines the control does not list (Aurora)', () => {
    expect(results({ instances: ok([rdsInstance('db1', R, { deletionProtection: false, engine: 'aurora-mysql' })]) })).toEqual([]);
  });

  it('is UNKNOWN naming rds:DescribeDBInstances when it is denied', () => {
    const r = results({ instances: denied('rds:DescribeDBInstances') }).find((x) => x.status === 'UNKNOWN');
    expect(r?.reason).toContain('rds:DescribeDBInstances');
  });
});
