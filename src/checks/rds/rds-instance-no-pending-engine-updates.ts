import { defineCheck } from '../define-check.js';
import { eachInstance } from './lib.js';
import { judgePatched } from './maintenance.js';

export const rdsInstanceNoPendingEngineUpdates = defineCheck({
  id: 'rds-instance-no-pending-engine-updates',
  title: 'RDS DB instances have no pending engine or OS updates',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbInstance',
  frameworks: { checklist: ['6.7'] },
  rationale:
    'A pending db-upgrade, system-update or os-upgrade is a security or stability patch the instance is still running without; AWS applies some only when forced, long after release. This is a Bulwark judgment with no Security Hub control: the instance fails while DescribePendingMaintenanceActions lists one of those actions for it, naming the action and its dates. Hardware maintenance and CA certificate rotation are other work and do not fail it.',
  remediation: {
    summary: 'Apply the pending update now or in the next maintenance window (test it on a copy first).',
    cli: 'aws rds apply-pending-maintenance-action --resource-identifier <db-instance-arn> --apply-action <action> --opt-in-type next-maintenance',
    console:
      'Amazon RDS console > Databases > <instance> > Maintenance & backups > Pending maintenance > Apply now or Apply at next maintenance window.',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Maintenance.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) => eachInstance(inv, ctx, (i, data) => judgePatched(ctx, i, `RDS DB instance ${i.id}`, data, i.region)),
});
