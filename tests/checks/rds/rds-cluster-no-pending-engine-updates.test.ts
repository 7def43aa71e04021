import { describe, it, expect } from 'vitest';
import { rdsClusterNoPendingEngineUpdates as check } from '../../../src/checks/rds/rds-cluster-no-pending-engine-updates.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { arn } from '../../builders/common.js';
import { oneRegion, rdsCluster } from '../../builders/rds.js';
import type { RdsRegion } from '../../../src/model/rds.js';

const R = 'eu-west-1';
const results = (overrides: Partial<RdsRegion>) =>
  run(check, buildInventory({ rds: oneRegion({ clusters: ok([rdsCluster('c1', R)]), ...overrides }) }));

describe('rds-cluster-no-pending-engine-updates', () => {
  it('passes a cluster without pending maintenance', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(results({})[0]?.reason).toBe('RDS DB cluster c1 has no pending maintenance.');
  });

  it('fails a cluster with a pending engine upgrade', () => {
    const [r] = results({
      pendingMaintenance: ok([
        {
          resourceArn: arn('rds', R, 'cluster:c1'),
          actions: [
            {
              action: 'db-upgrade',
              description: 'Upgrade to Aurora MySQL 3.05.2',
              autoAppliedAfter: null,
              forcedApply: '2027-02-01T00:00:00.000Z',
              currentApply: null,
              optInStatus: null,
            },
          ],
        },
      ]),
    });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'RDS DB cluster c1 has pending engine or OS updates: db-upgrade (Upgrade to Aurora MySQL 3.05.2; forced on 2027-02-01).',
    );
  });

  it('is UNKNOWN when rds:DescribePendingMaintenanceActions is denied', () => {
    const [r] = results({ pendingMaintenance: denied('rds:DescribePendingMaintenanceActions', { region: R }) });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('rds:DescribePendingMaintenanceActions');
  });
});
