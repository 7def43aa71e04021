import type { BackupPlan, BackupRecoveryPoint, BackupSection, BackupSelection, BackupVault } from '../../src/model/backup.js';
import { REGIONS, arn, ok } from './common.js';

export function backupRecoveryPoint(id: string, region: string, overrides: Partial<BackupRecoveryPoint> = {}): BackupRecoveryPoint {
  return {
    arn: arn('backup', region, `recovery-point:${id}`),
    region,
    resourceArn: arn('dynamodb', region, 'table/orders'),
    isEncrypted: true,
    encryptionKeyArn: arn('kms', region, 'key/1234abcd'),
    ...overrides,
  };
}

/** A compliant vault: no access policy, one encrypted recovery point. */
export function backupVault(name: string, region: string, overrides: Partial<BackupVault> = {}): BackupVault {
  return {
    arn: arn('backup', region, `backup-vault:${name}`),
    region,
    name,
    policy: ok(null),
    recoveryPoints: ok([backupRecoveryPoint(`${name}-rp1`, region)]),
    ...overrides,
  };
}

export function backupSelection(overrides: Partial<BackupSelection> = {}): BackupSelection {
  return {
    selectionId: 'sel-1',
    name: 'selection',
    resources: [],
    notResources: [],
    listOfTags: [],
    conditions: { stringEquals: [], stringNotEquals: [], stringLike: [], stringNotLike: [] },
    ...overrides,
  };
}

/**
 * EFS automatic backups' plan: it selects file systems by the aws:elasticfilesystem:default-backup
 * tag; a second selection names every DynamoDB table and RDS DB instance by ARN.
 */
export function backupPlan(name: string, region: string, overrides: Partial<BackupPlan> = {}): BackupPlan {
  return {
    arn: arn('backup', region, `backup-plan:${name}`),
    region,
    id: `${name}-id`,
    name,
    selections: ok([
      backupSelection({
        resources: ['*'],
        listOfTags: [{ key: 'aws:elasticfilesystem:default-backup', value: 'enabled' }],
      }),
      backupSelection({ selectionId: 'sel-2', name: 'databases', resources: ['arn:aws:dynamodb:*:*:table/*', 'arn:aws:rds:*:*:db:*'] }),
    ]),
    ...overrides,
  };
}

export function backupSection(vaults: BackupVault[], plans: BackupPlan[] = REGIONS.map((r) => backupPlan(`plan-${r}`, r))): BackupSection {
  return {
    regions: Object.fromEntries(
      REGIONS.map((r) => [r, { vaults: ok(vaults.filter((x) => x.region === r)), plans: ok(plans.filter((x) => x.region === r)) }]),
    ),
  };
}

export function compliantBackupSection(): BackupSection {
  return backupSection(REGIONS.map((r) => backupVault(`vault-${r}`, r)));
}
