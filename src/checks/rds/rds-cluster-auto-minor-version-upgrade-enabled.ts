import { defineCheck, fail, pass, undecided } from '../define-check.js';
import { eachCluster, isAurora, isNeptuneOrDocDb } from './lib.js';

export const rdsClusterAutoMinorVersionUpgradeEnabled = defineCheck({
  id: 'rds-cluster-auto-minor-version-upgrade-enabled',
  title: 'RDS Multi-AZ DB clusters have automatic minor version upgrades enabled',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbCluster',
  frameworks: { fsbp: ['RDS.35'] },
  rationale:
    'Minor versions carry security fixes; with automatic minor version upgrades the cluster and its instances receive them in the maintenance window. The control covers Multi-AZ DB clusters, not Aurora.',
  remediation: {
    summary: 'Turn on automatic minor version upgrades for the Multi-AZ DB cluster.',
    cli: 'aws rds modify-db-cluster --db-cluster-identifier <cluster> --auto-minor-version-upgrade --apply-immediately',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/modify-multi-az-db-cluster.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) =>
    eachCluster(inv, ctx, (c) => {
      if (isAurora(c.engine) || isNeptuneOrDocDb(c.engine)) return undefined;
      if (c.autoMinorVersionUpgrade === null)
        return undecided(c, `RDS DB cluster ${c.id} reports no automatic minor version upgrade setting.`);
      return c.autoMinorVersionUpgrade
        ? pass(c, `RDS DB cluster ${c.id} has automatic minor version upgrades enabled.`)
        : fail(c, `RDS DB cluster ${c.id} has automatic minor version upgrades disabled.`);
    }),
});
