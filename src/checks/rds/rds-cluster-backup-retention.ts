import { defineCheck, fail, pass } from '../define-check.js';
import { eachCluster } from './lib.js';

/** The control's default minimumBackupRetentionPeriod, in days. */
const MINIMUM_DAYS = 7;

export const rdsClusterBackupRetention = defineCheck({
  id: 'rds-cluster-backup-retention',
  title: 'RDS DB clusters keep backups for at least 7 days',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbCluster',
  frameworks: { fsbp: ['RDS.50'] },
  rationale:
    'The backup retention period bounds how far back a cluster can be restored; the control requires at least 7 days (its default minimumBackupRetentionPeriod), for every kind of DB cluster.',
  remediation: {
    summary: 'Set a backup retention period of at least 7 days on the cluster.',
    cli: 'aws rds modify-db-cluster --db-cluster-identifier <cluster> --backup-retention-period 7 --apply-immediately',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Managing.Backups.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) =>
    eachCluster(inv, ctx, (c) =>
      c.backupRetentionDays >= MINIMUM_DAYS
        ? pass(c, `RDS DB cluster ${c.id} keeps backups for ${c.backupRetentionDays} days.`)
        : fail(c, `RDS DB cluster ${c.id} keeps backups for ${c.backupRetentionDays} days, fewer than ${MINIMUM_DAYS}.`),
    ),
});
