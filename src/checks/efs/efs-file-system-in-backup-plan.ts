import { selectionCovers } from '../lib/backup-selection.js';
import { defineCheck, eachRegional, fail, missingData, pass, undecided, unknown } from '../define-check.js';
import { listSome } from '../lib/policy/index.js';
import { fileSystemLabel } from './label.js';

export const efsFileSystemInBackupPlan = defineCheck({
  id: 'efs-file-system-in-backup-plan',
  title: 'EFS file systems are in an AWS Backup plan',
  service: 'efs',
  severity: 'medium',
  resourceType: 'AwsEfsFileSystem',
  frameworks: { fsbp: ['EFS.2'] },
  rationale:
    'A file system no backup plan selects has no recovery point to restore from after a deletion, corruption or ransomware. As Security Hub EFS.2 (AWS Config efs-in-backup-plan), a file system passes when a backup plan of its region selects it: by ARN (wildcards included) or by tag, as the plan EFS automatic backups create selects the aws:elasticfilesystem:default-backup tag.',
  remediation: {
    summary: 'Turn on EFS automatic backups, or assign the file system to a backup plan (by ARN or tag).',
    cli: 'aws efs put-backup-policy --file-system-id <file-system-id> --backup-policy Status=ENABLED',
    console:
      'Amazon EFS console > File systems > <file system> > Edit > Automatic backups: Enable; or AWS Backup console > Backup plans > <plan> > Assign resources.',
    docs: 'https://docs.aws.amazon.com/efs/latest/ug/awsbackup.html',
  },
  reads: ['efs', 'backup'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.efs.regions, 'fileSystems', 'efs', (fs, _data, region) => {
      const backup = inv.backup.regions[region];
      if (!backup) return unknown(fs, missingData('backup:ListBackupPlans', fs.arn, 'the region was not read', { region }));
      if (!backup.plans.ok) return unknown(fs, backup.plans.error);
      const covering: string[] = [];
      const ambiguous: string[] = [];
      for (const plan of backup.plans.value) {
        if (!plan.selections.ok) return unknown(fs, plan.selections.error);
        const verdicts = plan.selections.value.map((s) => selectionCovers(s, fs.arn, fs.tags));
        if (verdicts.includes('yes')) covering.push(plan.name);
        else if (verdicts.includes('ambiguous')) ambiguous.push(plan.name);
      }
      const label = `EFS file system ${fileSystemLabel(fs)}`;
      if (covering.length > 0) return pass(fs, `${label} is selected by backup plan ${listSome(covering)}.`);
      if (ambiguous.length > 0)
        return undecided(
          fs,
          `Whether ${label} is in a backup plan could not be decided: it matches only part of a selection (ARNs or tags) of plan ${listSome(ambiguous)}.`,
        );
      return fail(
        fs,
        backup.plans.value.length === 0
          ? `${label} is in no backup plan: region ${region} has no backup plans.`
          : `${label} is selected by none of the ${backup.plans.value.length} backup plans of region ${region}.`,
      );
    }),
});
