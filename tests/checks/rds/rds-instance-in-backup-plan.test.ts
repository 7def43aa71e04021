import { describe, expect, it } from 'vitest';
import { rdsInstanceInBackupPlan as check } from '../../../src/checks/rds/rds-instance-in-backup-plan.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { backupPlan, backupSection, backupSelection } from '../../builders/backup.js';
import { oneRegion, rdsInstance } from '../../builders/rds.js';
import type { BackupSelection } from '../../../src/model/backup.js';
import type { RdsDbInstance } from '../../../src/model/rds.js';

const R = 'eu-west-1';
const one = (instance: Partial<RdsDbInstance>, selections: BackupSelection[] | null) =>
  run(
    check,
    buildInventory({
      rds: oneRegion({ instances: ok([rdsInstance('db1', R, instance)]) }),
      backup: backupSection([], selections ? [backupPlan('daily', R, { selections: ok(selections) })] : []),
    }),
  ).find((r) => r.resourceArn.endsWith(':db:db1'));

describe('rds-instance-in-backup-plan', () => {
  it('passes an instance selected by ARN or by tag value', () => {
    expect(run(check, buildInventory()).every((r) => r.status === 'PASS')).toBe(true);
    const byArn = one({}, [backupSelection({ resources: ['arn:aws:rds:eu-west-1:*:db:*'] })]);
    expect(byArn?.reason).toBe('RDS DB instance db1 is selected by backup plan daily.');
    expect(one({ tags: { backup: 'daily' } }, [backupSelection({ listOfTags: [{ key: 'backup', value: 'daily' }] })])?.status).toBe('PASS');
  });

  it('passes a cluster member whose cluster a plan names by ARN', () => {
    const r = one({ clusterId: 'c1' }, [backupSelection({ resources: ['arn:aws:rds:eu-west-1:111122223333:cluster:c1'] })]);
    expect(r?.status).toBe('PASS');
  });

  it('is UNKNOWN for a cluster member whose cluster a plan names with tag conditions (the cluster tag values are not read)', () => {
    const r = one({ clusterId: 'c1' }, [
      backupSelection({ resources: ['arn:aws:rds:*:*:cluster:*'], listOfTags: [{ key: 'backup', value: 'yes' }] }),
    ]);
    expect(r?.status).toBe('UNKNOWN');
  });

  it('fails an instance no plan selects', () => {
    const r = one({}, [backupSelection({ resources: ['arn:aws:dynamodb:*:*:table/*'] })]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('RDS DB instance db1 is selected by none of the 1 backup plans of region eu-west-1.');
    expect(one({}, null)?.reason).toBe('RDS DB instance db1 is in no backup plan: region eu-west-1 has no backup plans.');
  });

  it('is UNKNOWN when plans could not be read or the inventory predates tag values', () => {
    expect(one({ tags: undefined }, [backupSelection({ resources: ['*'] })])?.status).toBe('UNKNOWN');
    const r = run(
      check,
      buildInventory({
        rds: oneRegion({ instances: ok([rdsInstance('db1', R)]) }),
        backup: { regions: { [R]: { vaults: ok([]), plans: denied('backup:ListBackupPlans') } } },
      }),
    ).find((x) => x.resourceArn.endsWith(':db:db1'));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('backup:ListBackupPlans');
  });
});
