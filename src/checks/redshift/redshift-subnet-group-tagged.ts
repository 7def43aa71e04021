import { defineCheck } from '../define-check.js';
import { eachOptionalRegional } from '../lib/optional-list.js';
import { judgeTagged } from '../lib/tags.js';

export const redshiftSubnetGroupTagged = defineCheck({
  id: 'redshift-subnet-group-tagged',
  title: 'Redshift cluster subnet groups are tagged',
  service: 'redshift',
  severity: 'low',
  resourceType: 'Other',
  frameworks: { fsbp: ['Redshift.14'] },
  rationale:
    'Tags say who owns a subnet group and which network it places clusters in, which network reviews depend on. As Security Hub Redshift.14 with its default parameters, a subnet group passes with any tag key that is not a system tag (aws:...).',
  remediation: {
    summary: 'Tag the cluster subnet group, at least with its owner (aws: system tags do not count).',
    cli: 'aws redshift create-tags --resource-name <subnet-group-arn> --tags Key=owner,Value=<team>',
    console: 'Amazon Redshift console > Configurations > Subnet groups > <group> > Tags.',
    docs: 'https://docs.aws.amazon.com/redshift/latest/mgmt/amazon-redshift-tagging.html',
  },
  reads: ['redshift'],
  // DescribeClusterSubnetGroups returns the tags with the list, so the judgment has no read of its own that could fail.
  evaluate: (inv, ctx) =>
    eachOptionalRegional(
      ctx,
      inv.redshift.regions,
      (r) => r.subnetGroups,
      {
        action: 'redshift:DescribeClusterSubnetGroups',
        service: 'redshift',
        target: (region) => `arn:${ctx.partition}:redshift:${region}:${ctx.accountId}:subnetgroup:*`,
      },
      (x) => judgeTagged(x, `Redshift cluster subnet group ${x.name}`, { ok: true, value: x.tagKeys }),
    ),
});
