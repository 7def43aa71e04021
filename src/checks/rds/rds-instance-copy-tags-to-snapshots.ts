import { defineCheck, fail, pass } from '../define-check.js';
import { eachInstance } from './lib.js';

export const rdsInstanceCopyTagsToSnapshots = defineCheck({
  id: 'rds-instance-copy-tags-to-snapshots',
  title: 'RDS DB instances copy tags to snapshots',
  service: 'rds',
  severity: 'low',
  resourceType: 'AwsRdsDbInstance',
  frameworks: { fsbp: ['RDS.17'] },
  rationale: 'Snapshots that inherit the tags of their instance stay attributable to an owner and in scope of tag-based access policies.',
  remediation: {
    summary: 'Turn on copying tags to snapshots for the instance.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --copy-tags-to-snapshot --apply-immediately',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.DBInstance.Modifying.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) =>
    eachInstance(inv, ctx, (i) =>
      i.copyTagsToSnapshot
        ? pass(i, `RDS DB instance ${i.id} copies its tags to snapshots.`)
        : fail(i, `RDS DB instance ${i.id} does not copy its tags to snapshots.`),
    ),
});
