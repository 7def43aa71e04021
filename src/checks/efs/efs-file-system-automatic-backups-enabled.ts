import { defineCheck, eachRegional, fail, pass, undecided, unknown } from '../define-check.js';
import { fileSystemLabel } from './label.js';

export const efsFileSystemAutomaticBackupsEnabled = defineCheck({
  id: 'efs-file-system-automatic-backups-enabled',
  title: 'EFS file systems have automatic backups enabled',
  service: 'efs',
  severity: 'medium',
  resourceType: 'AwsEfsFileSystem',
  // FSBP EFS.7 (AWS Config efs-automatic-backups-enabled): fails when BackupPolicy.Status is
  // DISABLED. No backup policy at all (PolicyNotFound) means automatic backups were never on.
  frameworks: { fsbp: ['EFS.7'], checklist: ['3.32'] },
  rationale:
    'Automatic backups copy the file system daily into the AWS Backup default plan, so deleted or encrypted-by-ransomware files can be restored.',
  remediation: {
    summary: 'Turn on automatic backups for the file system (or cover it with an AWS Backup plan of your own).',
    console: 'EFS console > File systems > the file system > Edit > Automatic backups > Enable automatic backups.',
    docs: 'https://docs.aws.amazon.com/efs/latest/ug/automatic-backups.html',
  },
  reads: ['efs'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.efs.regions, 'fileSystems', 'elasticfilesystem', (fs) => {
      if (!fs.backupPolicy.ok) return unknown(fs, fs.backupPolicy.error);
      const status = fs.backupPolicy.value;
      const label = fileSystemLabel(fs);
      if (status === 'ENABLED') return pass(fs, `EFS file system ${label} has automatic backups enabled.`);
      if (status === null) return fail(fs, `EFS file system ${label} has no backup policy, so automatic backups are off.`);
      if (status === 'DISABLED') return fail(fs, `EFS file system ${label} has automatic backups disabled.`);
      // ENABLING / DISABLING: a change in progress; the next scan settles it.
      return undecided(fs, `EFS file system ${label} has its automatic backups changing state (${status}).`);
    }),
});
