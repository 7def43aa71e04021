import { describe, expect, it } from 'vitest';
import { dynamodbTableInBackupPlan as check } from '../../../src/checks/dynamodb/dynamodb-table-in-backup-plan.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { backupPlan, backupSection, backupSelection } from '../../builders/backup.js';
import { dynamodbSection, dynamodbTable } from '../../builders/dynamodb.js';
import type { BackupSelection } from '../../../src/model/backup.js';
import type { DynamodbTable } from '../../../src/model/dynamodb.js';

const R = 'us-east-1';
const one = (table: Partial<DynamodbTable>, selections: BackupSelection[] | null) =>
  run(
    check,
    buildInventory({
      dynamodb: dynamodbSection([dynamodbTable('orders', R, table)]),
      backup: backupSection([], selections ? [backupPlan('daily', R, { selections: ok(selections) })] : []),
    }),
  ).find((r) => r.resourceArn.endsWith(':table/orders'));

describe('dynamodb-table-in-backup-plan', () => {
  it('passes a table selected by ARN or by tag', () => {
    expect(run(check, buildInventory()).every((r) => r.status === 'PASS')).toBe(true);
    const byArn = one({}, [backupSelection({ resources: ['arn:aws:dynamodb:*:*:table/ord*'] })]);
    expect(byArn?.status).toBe('PASS');
    expect(byArn?.reason).toBe('DynamoDB table orders is selected by backup plan daily.');
    const byTag = one({ tags: ok({ backup: 'daily' }) }, [
      backupSelection({ listOfTags: [{ key: 'aws:ResourceTag/backup', value: 'daily' }] }),
    ]);
    expect(byTag?.status).toBe('PASS');
  });

  it('fails a table no plan selects, or when the region has no plans', () => {
    const r = one({}, [backupSelection({ resources: ['arn:aws:rds:*:*:db:*'] })]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('DynamoDB table orders is selected by none of the 1 backup plans of region us-east-1.');
    expect(one({}, null)?.reason).toBe('DynamoDB table orders is in no backup plan: region us-east-1 has no backup plans.');
    expect(one({ tags: ok({ backup: 'never' }) }, [backupSelection({ listOfTags: [{ key: 'backup', value: 'daily' }] })])?.status).toBe(
      'FAIL',
    );
  });

  it('is UNKNOWN when the table matches only part of a selection', () => {
    const r = one({}, [backupSelection({ resources: ['*'], listOfTags: [{ key: 'backup', value: 'daily' }] })]);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('matches only part of a selection');
  });

  it('is UNKNOWN when its tags, the plans or their selections could not be read, or the inventory predates tag values', () => {
    const sel = [backupSelection({ resources: ['*'] })];
    expect(one({ tags: denied('dynamodb:ListTagsOfResource') }, sel)?.reason).toContain('dynamodb:ListTagsOfResource');
    expect(one({ tags: undefined }, sel)?.reason).toContain('dynamodb:ListTagsOfResource');
    const plans = run(
      check,
      buildInventory({
        dynamodb: dynamodbSection([dynamodbTable('orders', R)]),
        backup: { regions: { [R]: { vaults: ok([]), plans: denied('backup:ListBackupPlans') } } },
      }),
    ).find((r) => r.resourceArn.endsWith(':table/orders'));
    expect(plans?.status).toBe('UNKNOWN');
    expect(plans?.reason).toContain('backup:ListBackupPlans');
    const selections = run(
      check,
      buildInventory({
        dynamodb: dynamodbSection([dynamodbTable('orders', R)]),
        backup: backupSection([], [backupPlan('daily', R, { selections: denied('backup:ListBackupSelections') })]),
      }),
    ).find((r) => r.resourceArn.endsWith(':table/orders'));
    expect(selections?.reason).toContain('backup:ListBackupSelections');
  });
});
