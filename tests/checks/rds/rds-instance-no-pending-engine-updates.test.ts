import { describe, it, expect } from 'vitest';
import { rdsInstanceNoPendingEngineUpdates as check } from '../../../src/checks/rds/rds-instance-no-pending-engine-updates.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { arn } from '../../builders/common.js';
import { oneRegion, rdsInstance } from '../../builders/rds.js';
import type { RdsPendingMaintenanceAction, RdsRegion } from '../../../src/model/rds.js';

const R = 'eu-west-1';
const DB = arn('rds', R, 'db:db1');
const results = (overrides: Partial<RdsRegion>) =>
  run(check, buildInventory({ rds: oneRegion({ instances: ok([rdsInstance('db1', R)]), ...overrides }) }));
const action = (o: Partial<RdsPendingMaintenanceAction>): RdsPendingMaintenanceAction => ({
  action: 'system-update',
  description: null,
  autoAppliedAfter: null,
  forcedApply: null,
  currentApply: null,
  optInStatus: null,
  ...o,
});
const pending = (...actions: RdsPendingMaintenanceAction[]) => ({ pendingMaintenance: ok([{ resourceArn: DB, actions }]) });

describe('rds-instance-no-pending-engine-updates', () => {
  it('passes every instance of the compliant account', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(results({})[0]?.reason).toBe('RDS DB instance db1 has no pending maintenance.');
  });

  it('passes an instance whose only pending maintenance is not an engine or OS update', () => {
    const [r] = results(pending(action({ action: 'ca-certificate-rotation' })));
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('RDS DB instance db1 has no pending engine or OS update (other maintenance pending: ca-certificate-rotation).');
  });

  it('fails an instance with a pending engine upgrade, naming it and its dates', () => {
    const [r] = results(
      pending(
        action({
          action: 'db-upgrade',
          description: 'Upgrade to 8.0.36',
          autoAppliedAfter: '2026-12-20T00:00:00.000Z',
          forcedApply: '2027-01-15T00:00:00.000Z',
          currentApply: '2026-12-20T00:00:00.000Z',
        }),
        action({ action: 'hardware-maintenance' }),
      ),
    );
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'RDS DB instance db1 has pending engine or OS updates: db-upgrade (Upgrade to 8.0.36; scheduled for 2026-12-20; auto-applied after 2026-12-20; forced on 2027-01-15).',
    );
  });

  it('fails an instance with a pending system update that has no date', () => {
    const [r] = results(pending(action({ action: 'system-update' }), action({ action: 'os-upgrade', description: 'New OS' })));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'RDS DB instance db1 has pending engine or OS updates: system-update (no apply date set: applied when you choose), os-upgrade (New OS).',
    );
  });

  it('ignores pending actions of other resources', () => {
    const [r] = results({ pendingMaintenance: ok([{ resourceArn: arn('rds', R, 'db:other'), actions: [action({})] }]) });
    expect(r?.status).toBe('PASS');
  });

  it('is UNKNOWN when rds:DescribePendingMaintenanceActions is denied or was not read', () => {
    const [d] = results({ pendingMaintenance: denied('rds:DescribePendingMaintenanceActions', { region: R }) });
    expect(d?.status).toBe('UNKNOWN');
    expect(d?.reason).toContain('rds:DescribePendingMaintenanceActions');
    const [old] = results({ pendingMaintenance: undefined });
    expect(old?.status).toBe('UNKNOWN');
    expect(old?.reason).toContain('rds:DescribePendingMaintenanceActions');
  });

  it('is UNKNOWN for the region when rds:DescribeDBInstances is denied', () => {
    const [r] = results({ instances: denied('rds:DescribeDBInstances', { region: R }) });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('rds:DescribeDBInstances');
  });
});
