import { defineCheck, fail, pass } from '../define-check.js';
import { eachInstance } from './lib.js';

/** The control's default backupRetentionMinimum, in days. */
const MINIMUM_DAYS = 7;

export const rdsInstanceBackupsEnabled = defineCheck({
  id: 'rds-instance-backups-enabled',
  title: 'RDS DB instances keep automated backups for at least 7 days',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbInstance',
  frameworks: { fsbp: ['RDS.11'] },
  rationale:
    'Automated backups allow point-in-time recovery after data loss, corruption or ransomware; the control requires a retention of at least 7 days (its default backupRetentionMinimum) and leaves read replicas out.',
  remediation: {
    summary: 'Set a backup retention period of at least 7 days.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --backup-retention-period 7 --apply-immediately',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) =>
    eachInstance(inv, ctx, (i) => {
      if (i.replicaSource !== null) return undefined;
      if (i.backupRetentionDays === 0) return fail(i, `RDS DB instance ${i.id} has automated backups disabled.`);
      return i.backupRetentionDays >= MINIMUM_DAYS
        ? pass(i, `RDS DB instance ${i.id} keeps automated backups for ${i.backupRetentionDays} days.`)
        : fail(i, `RDS DB instance ${i.id} keeps automated backups for ${i.backupRetentionDays} days, fewer than ${MINIMUM_DAYS}.`);
    }),
});
