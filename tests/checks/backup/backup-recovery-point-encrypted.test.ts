import { describe, expect, it } from 'vitest';
import { backupRecoveryPointEncrypted as check } from '../../../src/checks/backup/backup-recovery-point-encrypted.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { backupRecoveryPoint, backupSection, backupVault } from '../../builders/backup.js';
import type { BackupRecoveryPoint } from '../../../src/model/backup.js';

const one = (overrides: Partial<BackupRecoveryPoint>) =>
  run(
    check,
    buildInventory({
      backup: backupSection([backupVault('v', 'us-east-1', { recoveryPoints: ok([backupRecoveryPoint('rp', 'us-east-1', overrides)]) })]),
    }),
  )[0];

describe('backup-recovery-point-encrypted', () => {
  it('passes an encrypted recovery point', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({ encryptionKeyArn: null })?.reason).toBe(
      'Recovery point rp in vault v (of arn:aws:dynamodb:us-east-1:111122223333:table/orders) is encrypted at rest.',
    );
  });

  it('fails an unencrypted recovery point', () => {
    const r = one({ isEncrypted: false, encryptionKeyArn: null, resourceArn: null });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Recovery point rp in vault v is not encrypted at rest.');
  });

  it('is UNKNOWN when IsEncrypted is missing, or backup:ListRecoveryPointsByBackupVault is denied', () => {
    expect(one({ isEncrypted: null })?.status).toBe('UNKNOWN');
    const [r] = run(
      check,
      buildInventory({
        backup: backupSection([backupVault('v', 'us-east-1', { recoveryPoints: denied('backup:ListRecoveryPointsByBackupVault') })]),
      }),
    );
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('backup:ListRecoveryPointsByBackupVault');
  });
});
