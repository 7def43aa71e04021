import { defineCheck, eachRegional, missingData, unknown } from '../define-check.js';
import { judgeTagged } from '../lib/tags.js';

export const eksClusterTagged = defineCheck({
  id: 'eks-cluster-tagged',
  title: 'EKS clusters are tagged',
  service: 'eks',
  severity: 'low',
  resourceType: 'AwsEksCluster',
  frameworks: { fsbp: ['EKS.6'] },
  rationale:
    'Tags say who owns a cluster and which environment it serves, which incident response, cost allocation and tag-based access control depend on. As Security Hub EKS.6 with its default parameters, a cluster passes with any tag key that is not a system tag (aws:...).',
  remediation: {
    summary: 'Tag the cluster, at least with its owner (aws: system tags do not count).',
    cli: 'aws eks tag-resource --resource-arn <cluster-arn> --tags owner=<team>',
    console: 'Amazon EKS console > Clusters > <cluster> > Tags > Manage tags.',
    docs: 'https://docs.aws.amazon.com/eks/latest/userguide/eks-using-tags.html',
  },
  reads: ['eks'],
  // DescribeCluster returns the tags, so the judgment costs no call of its own.
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.eks.clusters, 'eks', (c, region) => {
      if (!c.detail.ok) return unknown(c, c.detail.error);
      const keys = c.detail.value.tagKeys;
      if (!keys) return unknown(c, missingData('eks:DescribeCluster', c.arn, 'the inventory predates keeping cluster tags', { region }));
      return judgeTagged(c, `EKS cluster ${c.name}`, { ok: true, value: keys });
    }),
});
