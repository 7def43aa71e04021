import { defineCheck } from '../define-check.js';
import { eachClusterIn } from './lib.js';
import { judgePatched } from './maintenance.js';

export const rdsClusterNoPendingEngineUpdates = defineCheck({
  id: 'rds-cluster-no-pending-engine-updates',
  title: 'RDS DB clusters have no pending engine or OS updates',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbCluster',
  frameworks: { checklist: ['6.7'] },
  rationale:
    'Aurora and Multi-AZ DB clusters receive engine patches (db-upgrade) and system updates as cluster-level pending maintenance; until applied, the cluster runs without them. This is a Bulwark judgment with no Security Hub control: the cluster fails while DescribePendingMaintenanceActions lists a db-upgrade, system-update or os-upgrade for it, naming the action and its dates. Updates pending on its instances are reported by rds-instance-no-pending-engine-updates.',
  remediation: {
    summary: 'Apply the pending update now or in the next maintenance window (test it on a clone first).',
    cli: 'aws rds apply-pending-maintenance-action --resource-identifier <db-cluster-arn> --apply-action <action> --opt-in-type next-maintenance',
    console:
      'Amazon RDS console > Databases > <cluster> > Maintenance & backups > Pending maintenance > Apply now or Apply at next maintenance window.',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_UpgradeDBInstance.Maintenance.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) => eachClusterIn(inv, ctx, (c, data) => judgePatched(ctx, c, `RDS DB cluster ${c.id}`, data, c.region)),
});
