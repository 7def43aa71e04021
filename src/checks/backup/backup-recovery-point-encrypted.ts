import { defineCheck, eachRegional, fail, missingData, pass, undecided, unknown } from '../define-check.js';

export const backupRecoveryPointEncrypted = defineCheck({
  id: 'backup-recovery-point-encrypted',
  title: 'AWS Backup recovery points are encrypted at rest',
  service: 'backup',
  severity: 'medium',
  resourceType: 'AwsBackupRecoveryPoint',
  frameworks: { fsbp: ['Backup.1'] },
  rationale:
    'A recovery point is a full copy of the data it protects; encryption at rest keeps it unreadable to whoever reaches the storage without the key. As Security Hub Backup.1, a recovery point fails when it is not encrypted.',
  remediation: {
    summary:
      'Recovery points take their encryption from the source resource or the vault: encrypt the source (or use a vault with a KMS key for resources AWS Backup encrypts itself), take a new backup and delete the unencrypted recovery point.',
    cli: 'aws backup start-backup-job --backup-vault-name <encrypted-vault> --resource-arn <resource-arn> --iam-role-arn <backup-role-arn>',
    console:
      'AWS Backup console > Backup vaults > <vault> > Recovery points: check Encryption; create backups into an encrypted vault and delete the unencrypted ones.',
    docs: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/encryption.html',
  },
  reads: ['backup'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.backup.regions, 'vaults', 'backup', (vault, _data, region) => {
      if (!vault.recoveryPoints.ok) return unknown(vault, vault.recoveryPoints.error);
      return vault.recoveryPoints.value.map((rp) => {
        const label = `Recovery point ${rp.arn.split(':').at(-1) ?? rp.arn} in vault ${vault.name}${rp.resourceArn ? ` (of ${rp.resourceArn})` : ''}`;
        if (rp.isEncrypted === true)
          return pass(rp, `${label} is encrypted at rest${rp.encryptionKeyArn ? ` with KMS key ${rp.encryptionKeyArn}` : ''}.`);
        if (rp.isEncrypted === false) return fail(rp, `${label} is not encrypted at rest.`);
        return undecided(rp, `Whether ${label} is encrypted could not be decided: the answer carried no IsEncrypted.`, [
          missingData('backup:ListRecoveryPointsByBackupVault', rp.arn, 'the recovery point carried no IsEncrypted', { region }),
        ]);
      });
    }),
});
