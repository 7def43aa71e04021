import { afterEach, describe, expect, it } from 'vitest';
import {
  BackupClient,
  GetBackupSelectionCommand,
  GetBackupVaultAccessPolicyCommand,
  ListBackupPlansCommand,
  ListBackupSelectionsCommand,
  ListBackupVaultsCommand,
  ListRecoveryPointsByBackupVaultCommand,
} from '@aws-sdk/client-backup';
import { mockClient } from 'aws-sdk-client-mock';
import { collectBackup } from '../../src/collect/backup.js';
import { MOTO_ACCOUNT_ID } from '../moto.js';
import { mockedContext } from '../collect-context.js';

// moto 5.2.1 answers 404 to GetBackupVaultAccessPolicy and ListRecoveryPointsByBackupVault, and
// 500 to CreateBackupSelection / ListBackupSelections (docs/testing.md), so the reads are tested
// on a mocked client with answers shaped like AWS's API reference examples.
const backup = mockClient(BackupClient);
afterEach(() => backup.reset());

const vaultArn = `arn:aws:backup:us-east-1:${MOTO_ACCOUNT_ID}:backup-vault:main`;
const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'backup:*', Resource: vaultArn }] };
const denied = Object.assign(new Error('User is not authorized to perform: backup:ListBackupVaults'), {
  name: 'AccessDeniedException',
  $metadata: { httpStatusCode: 403 },
});

describe('collectBackup', () => {
  it('records vaults with their policy and recovery points, and plans with their selections', async () => {
    backup
      .on(ListBackupVaultsCommand)
      .resolves({ BackupVaultList: [{ BackupVaultName: 'main', BackupVaultArn: vaultArn }, { BackupVaultName: 'bare' }] });
    backup.on(GetBackupVaultAccessPolicyCommand, { BackupVaultName: 'main' }).resolves({ Policy: JSON.stringify(policy) });
    backup
      .on(GetBackupVaultAccessPolicyCommand, { BackupVaultName: 'bare' })
      .rejects(Object.assign(new Error('no policy'), { name: 'ResourceNotFoundException', $metadata: { httpStatusCode: 404 } }));
    backup.on(ListRecoveryPointsByBackupVaultCommand, { BackupVaultName: 'main' }).resolves({
      RecoveryPoints: [
        { RecoveryPointArn: 'arn:aws:backup:us-east-1:123456789012:recovery-point:rp-1', ResourceArn: 'arn:aws:efs:x', IsEncrypted: false },
      ],
    });
    backup.on(ListRecoveryPointsByBackupVaultCommand, { BackupVaultName: 'bare' }).resolves({ RecoveryPoints: [] });
    backup
      .on(ListBackupPlansCommand)
      .resolves({ BackupPlansList: [{ BackupPlanId: 'p1', BackupPlanName: 'daily', BackupPlanArn: 'arn:plan/p1' }] });
    backup.on(ListBackupSelectionsCommand).resolves({ BackupSelectionsList: [{ SelectionId: 's1' }] });
    backup.on(GetBackupSelectionCommand).resolves({
      BackupSelection: {
        SelectionName: 'efs',
        IamRoleArn: 'arn:aws:iam::123456789012:role/backup',
        Resources: ['arn:aws:elasticfilesystem:*:*:file-system/*'],
        ListOfTags: [{ ConditionType: 'STRINGEQUALS', ConditionKey: 'backup', ConditionValue: 'yes' }],
        Conditions: { StringEquals: [{ ConditionKey: 'aws:ResourceTag/team', ConditionValue: 'data' }] },
      },
    });
    const ctx = mockedContext(['us-east-1']);
    try {
      const region = (await collectBackup(ctx)).regions['us-east-1'];
      expect(region?.vaults).toEqual({
        ok: true,
        value: [
          {
            arn: vaultArn,
            region: 'us-east-1',
            name: 'main',
            policy: { ok: true, value: policy },
            recoveryPoints: {
              ok: true,
              value: [
                {
                  arn: 'arn:aws:backup:us-east-1:123456789012:recovery-point:rp-1',
                  region: 'us-east-1',
                  resourceArn: 'arn:aws:efs:x',
                  isEncrypted: false,
                  encryptionKeyArn: null,
                },
              ],
            },
          },
          {
            arn: `arn:aws:backup:us-east-1:${MOTO_ACCOUNT_ID}:backup-vault:bare`,
            region: 'us-east-1',
            name: 'bare',
            policy: { ok: true, value: null },
            recoveryPoints: { ok: true, value: [] },
          },
        ],
      });
      expect(region?.plans).toEqual({
        ok: true,
        value: [
          {
            arn: 'arn:plan/p1',
            region: 'us-east-1',
            id: 'p1',
            name: 'daily',
            selections: {
              ok: true,
              value: [
                {
                  selectionId: 's1',
                  name: 'efs',
                  resources: ['arn:aws:elasticfilesystem:*:*:file-system/*'],
                  notResources: [],
                  listOfTags: [{ key: 'backup', value: 'yes' }],
                  conditions: {
                    stringEquals: [{ key: 'aws:ResourceTag/team', value: 'data' }],
                    stringNotEquals: [],
                    stringLike: [],
                    stringNotLike: [],
                  },
                },
              ],
            },
          },
        ],
      });
    } finally {
      ctx.close();
    }
  });

  it('records denied reads as access-denied ReadErrors: the lists, or a selection', async () => {
    backup.on(ListBackupVaultsCommand).rejects(denied);
    backup.on(ListBackupPlansCommand).resolves({ BackupPlansList: [{ BackupPlanId: 'p1', BackupPlanName: 'daily' }] });
    backup.on(ListBackupSelectionsCommand).resolves({ BackupSelectionsList: [{ SelectionId: 's1' }] });
    backup.on(GetBackupSelectionCommand).rejects(denied);
    const ctx = mockedContext(['us-east-1']);
    try {
      const region = (await collectBackup(ctx)).regions['us-east-1'];
      expect(region?.vaults).toMatchObject({ ok: false, error: { action: 'backup:ListBackupVaults', kind: 'access-denied' } });
      const plans = region?.plans;
      expect(plans?.ok ? plans.value[0]?.selections : plans).toMatchObject({
        ok: false,
        error: { action: 'backup:GetBackupSelection', kind: 'access-denied' },
      });
    } finally {
      ctx.close();
    }
  });
});
