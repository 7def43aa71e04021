import { defineCheck, fail, pass } from '../define-check.js';
import { eachCluster } from './lib.js';

export const rdsPostgresqlClusterCopyTagsToSnapshots = defineCheck({
  id: 'rds-postgresql-cluster-copy-tags-to-snapshots',
  title: 'RDS for PostgreSQL DB clusters copy tags to DB snapshots',
  service: 'rds',
  severity: 'low',
  resourceType: 'AwsRdsDbCluster',
  frameworks: { fsbp: ['RDS.47'] },
  rationale:
    'Snapshots that inherit the tags of their cluster stay attributable to an owner and in scope of tag-based access policies. The control covers RDS for PostgreSQL (Multi-AZ) DB clusters.',
  remediation: {
    summary: 'Turn on copying tags to snapshots for the cluster.',
    cli: 'aws rds modify-db-cluster --db-cluster-identifier <cluster> --copy-tags-to-snapshot --apply-immediately',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Modifying.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) =>
    eachCluster(inv, ctx, (c) => {
      if (!(c.engine === 'postgres')) return undefined;
      return c.copyTagsToSnapshot
        ? pass(c, `RDS for PostgreSQL DB cluster ${c.id} copies its tags to snapshots.`)
        : fail(c, `RDS for PostgreSQL DB cluster ${c.id} does not copy its tags to snapshots.`);
    }),
});
