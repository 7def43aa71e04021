import { defineCheck } from '../define-check.js';
import { judgeTagged } from '../lib/tags.js';
import { eachCluster } from './lib.js';

export const redshiftClusterTagged = defineCheck({
  id: 'redshift-cluster-tagged',
  title: 'Redshift clusters are tagged',
  service: 'redshift',
  severity: 'low',
  resourceType: 'AwsRedshiftCluster',
  frameworks: { fsbp: ['Redshift.11'] },
  rationale:
    'Tags say who owns a cluster and what data it holds, which incident response, cost allocation and attribute-based access control depend on. As Security Hub Redshift.11 with its default parameters, a cluster passes with any tag key that is not a system tag (aws:...).',
  remediation: {
    summary: 'Tag the cluster, at least with its owner.',
    cli: 'aws redshift create-tags --resource-name <cluster-arn> --tags Key=owner,Value=<team>',
    console: 'Amazon Redshift console > Clusters > <cluster> > Properties > Tags > Manage tags > Add tag > Save changes.',
    docs: 'https://docs.aws.amazon.com/redshift/latest/mgmt/amazon-redshift-tagging.html',
  },
  reads: ['redshift'],
  // DescribeClusters carries the tags, so the judgment has no read of its own that could fail.
  evaluate: (inv, ctx) => eachCluster(inv, ctx, (c) => judgeTagged(c, `Redshift cluster ${c.id}`, { ok: true, value: c.tagKeys })),
});
