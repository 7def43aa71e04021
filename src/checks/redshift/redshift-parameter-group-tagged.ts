import { defineCheck } from '../define-check.js';
import { eachOptionalRegional } from '../lib/optional-list.js';
import { judgeTagged } from '../lib/tags.js';

export const redshiftParameterGroupTagged = defineCheck({
  id: 'redshift-parameter-group-tagged',
  title: 'Redshift cluster parameter groups are tagged',
  service: 'redshift',
  severity: 'low',
  resourceType: 'Other',
  frameworks: { fsbp: ['Redshift.17'] },
  rationale:
    'A parameter group holds security settings such as require_ssl and user activity logging; tags say who owns it so changes can be attributed. As Security Hub Redshift.17 with its default parameters, every parameter group listed (default ones included, as AWS Config records them) passes with any tag key that is not a system tag (aws:...).',
  remediation: {
    summary: 'Tag the cluster parameter group, at least with its owner (aws: system tags do not count).',
    cli: 'aws redshift create-tags --resource-name <parameter-group-arn> --tags Key=owner,Value=<team>',
    console: 'Amazon Redshift console > Configurations > Workload management > <parameter group> > Tags.',
    docs: 'https://docs.aws.amazon.com/redshift/latest/mgmt/amazon-redshift-tagging.html',
  },
  reads: ['redshift'],
  // DescribeClusterParameterGroups returns the tags with the list, so the judgment has no read of its own that could fail.
  evaluate: (inv, ctx) =>
    eachOptionalRegional(
      ctx,
      inv.redshift.regions,
      (r) => r.parameterGroupList,
      {
        action: 'redshift:DescribeClusterParameterGroups',
        service: 'redshift',
        target: (region) => `arn:${ctx.partition}:redshift:${region}:${ctx.accountId}:parametergroup:*`,
      },
      (x) => judgeTagged(x, `Redshift cluster parameter group ${x.name}`, { ok: true, value: x.tagKeys }),
    ),
});
