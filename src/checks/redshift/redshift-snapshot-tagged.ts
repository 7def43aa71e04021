import { defineCheck } from '../define-check.js';
import { eachOptionalRegional } from '../lib/optional-list.js';
import { judgeTagged } from '../lib/tags.js';

export const redshiftSnapshotTagged = defineCheck({
  id: 'redshift-snapshot-tagged',
  title: 'Redshift cluster snapshots are tagged',
  service: 'redshift',
  severity: 'low',
  resourceType: 'Other',
  frameworks: { fsbp: ['Redshift.13'] },
  rationale:
    'A snapshot holds a full copy of the warehouse data; tags say who owns it and how long it is kept, which retention reviews and tag-based access control depend on. As Security Hub Redshift.13 with its default parameters, a snapshot the account owns (manual or automated) passes with any tag key that is not a system tag (aws:...).',
  remediation: {
    summary: 'Tag the cluster snapshot, at least with its owner (aws: system tags do not count).',
    cli: 'aws redshift create-tags --resource-name <snapshot-arn> --tags Key=owner,Value=<team>',
    console: 'Amazon Redshift console > Clusters > Snapshots > <snapshot> > Manage tags.',
    docs: 'https://docs.aws.amazon.com/redshift/latest/mgmt/amazon-redshift-tagging.html',
  },
  reads: ['redshift'],
  // DescribeClusterSnapshots returns the tags with the list, so the judgment has no read of its own that could fail.
  evaluate: (inv, ctx) =>
    eachOptionalRegional(
      ctx,
      inv.redshift.regions,
      (r) => r.snapshots,
      {
        action: 'redshift:DescribeClusterSnapshots',
        service: 'redshift',
        target: (region) => `arn:${ctx.partition}:redshift:${region}:${ctx.accountId}:snapshot:*`,
      },
      (x) => judgeTagged(x, `Redshift cluster snapshot ${x.id} of cluster ${x.clusterId}`, { ok: true, value: x.tagKeys }),
    ),
});
