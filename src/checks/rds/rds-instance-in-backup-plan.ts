import { defineCheck, missingData } from '../define-check.js';
import { backupPlanVerdict } from '../lib/backup-plan-verdict.js';
import { selectionCovers, selectionCoversArnOnly } from '../lib/backup-selection.js';
import { eachInstance } from './lib.js';

export const rdsInstanceInBackupPlan = defineCheck({
  id: 'rds-instance-in-backup-plan',
  title: 'RDS DB instances are in an AWS Backup plan',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbInstance',
  frameworks: { fsbp: ['RDS.26'] },
  rationale:
    'Automated RDS backups are deleted with the instance and kept 35 days at most; a backup plan keeps recovery points on its own schedule and retention. As Security Hub RDS.26 (AWS Config rds-resources-protected-by-backup-plan) with its default parameters, an instance passes when a backup plan of its region selects it, by ARN (wildcards included) or by tag; an Aurora or Multi-AZ cluster member also passes when a plan names its cluster, which is where AWS Backup protects such databases.',
  remediation: {
    summary: 'Assign the instance (or its DB cluster) to a backup plan, by ARN or by a tag the plan selects.',
    cli: 'aws backup create-backup-selection --backup-plan-id <plan-id> --backup-selection SelectionName=databases,IamRoleArn=<backup-role-arn>,Resources=<db-instance-arn>',
    console: 'AWS Backup console > Backup plans > <plan> > Assign resources.',
    docs: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html',
  },
  reads: ['rds', 'backup'],
  evaluate: (inv, ctx) =>
    eachInstance(inv, ctx, (i) => {
      const tags = i.tags
        ? { ok: true as const, value: i.tags }
        : {
            ok: false as const,
            error: missingData('rds:DescribeDBInstances', i.arn, 'the inventory predates keeping tag values', { region: i.region }),
          };
      const clusterArn = i.clusterId !== null ? `arn:${ctx.partition}:rds:${i.region}:${ctx.accountId}:cluster:${i.clusterId}` : null;
      return backupPlanVerdict(
        i,
        `RDS DB instance ${i.id}`,
        i.region,
        inv.backup.regions[i.region],
        (s) => {
          const own = selectionCovers(s, i.arn, i.tags ?? {});
          if (own === 'yes' || clusterArn === null) return own;
          const viaCluster = selectionCoversArnOnly(s, clusterArn);
          return viaCluster === 'yes' ? 'yes' : own === 'ambiguous' || viaCluster === 'ambiguous' ? 'ambiguous' : 'no';
        },
        tags,
      );
    }),
});
