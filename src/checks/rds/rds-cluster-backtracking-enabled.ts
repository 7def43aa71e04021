import { defineCheck, fail, pass } from '../define-check.js';
import { eachCluster, isAuroraMysql } from './lib.js';

export const rdsClusterBacktrackingEnabled = defineCheck({
  id: 'rds-cluster-backtracking-enabled',
  title: 'Aurora MySQL DB clusters have backtracking enabled',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbCluster',
  frameworks: { fsbp: ['RDS.14'] },
  rationale: 'Backtracking rewinds an Aurora MySQL cluster to a point in time in minutes, without restoring a backup into a new cluster.',
  remediation: {
    summary: 'Backtracking can only be set when a cluster is created: clone the cluster with a backtrack window and move to the clone.',
    cli: 'aws rds restore-db-cluster-to-point-in-time --source-db-cluster-identifier <cluster> --db-cluster-identifier <cluster>-bt --restore-type copy-on-write --use-latest-restorable-time --backtrack-window 86400',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Managing.Backtrack.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) =>
    eachCluster(inv, ctx, (c) => {
      if (!isAuroraMysql(c.engine)) return undefined;
      return c.backtrackWindow
        ? pass(c, `Aurora MySQL DB cluster ${c.id} has a backtrack window of ${c.backtrackWindow} seconds.`)
        : fail(c, `Aurora MySQL DB cluster ${c.id} has backtracking disabled.`);
    }),
});
