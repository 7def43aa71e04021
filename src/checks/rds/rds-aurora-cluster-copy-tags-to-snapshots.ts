import { defineCheck, fail, pass } from '../define-check.js';
import { eachCluster, isAurora } from './lib.js';

export const rdsAuroraClusterCopyTagsToSnapshots = defineCheck({
  id: 'rds-aurora-cluster-copy-tags-to-snapshots',
  title: 'Aurora DB clusters copy tags to DB snapshots',
  service: 'rds',
  severity: 'low',
  resourceType: 'AwsRdsDbCluster',
  frameworks: { fsbp: ['RDS.16'] },
  rationale:
    'Snapshots that inherit the tags of their cluster stay attributable to an owner and in scope of tag-based access policies. The control covers Aurora clusters.',
  remediation: {
    summary: 'Turn on copying tags to snapshots for the cluster.',
    cli: 'aws rds modify-db-cluster --db-cluster-identifier <cluster> --copy-tags-to-snapshot --apply-immediately',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Modifying.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) =>
    eachCluster(inv, ctx, (c) => {
      if (!isAurora(c.engine)) return undefined;
      return c.copyTagsToSnapshot
        ? pass(c, `Aurora DB cluster ${c.id} copies its tags to snapshots.`)
        : fail(c, `Aurora DB cluster ${c.id} does not copy its tags to snapshots.`);
    }),
});
