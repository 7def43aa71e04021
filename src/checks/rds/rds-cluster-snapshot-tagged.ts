import { defineCheck, eachRegional } from '../define-check.js';
import { taggedResult } from './lib.js';

export const rdsClusterSnapshotTagged = defineCheck({
  id: 'rds-cluster-snapshot-tagged',
  title: 'RDS DB cluster snapshots are tagged',
  service: 'rds',
  severity: 'low',
  resourceType: 'AwsRdsDbClusterSnapshot',
  frameworks: { fsbp: ['RDS.29'] },
  rationale:
    "Tags name the owner and purpose of a resource, which incident response, cost allocation and tag-based (ABAC) policies rely on. With the control's default parameters (no required tag keys) any tag that is not a system tag (aws:) passes.",
  remediation: {
    summary: 'Tag the RDS DB cluster snapshot.',
    cli: 'aws rds add-tags-to-resource --resource-name <arn> --tags Key=owner,Value=<team>',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Tagging.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) => eachRegional(ctx, inv.rds.regions, 'clusterSnapshots', 'rds', (r) => taggedResult(r, 'RDS DB cluster snapshot')),
});
