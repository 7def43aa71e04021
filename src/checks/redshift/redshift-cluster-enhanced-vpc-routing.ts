import { defineCheck, fail, missingData, pass, undecided } from '../define-check.js';
import { eachCluster } from './lib.js';

export const redshiftClusterEnhancedVpcRouting = defineCheck({
  id: 'redshift-cluster-enhanced-vpc-routing',
  title: 'Redshift clusters use enhanced VPC routing',
  service: 'redshift',
  severity: 'medium',
  resourceType: 'AwsRedshiftCluster',
  frameworks: { fsbp: ['Redshift.7'] },
  rationale:
    'Enhanced VPC routing sends COPY and UNLOAD traffic between the cluster and its data repositories through the VPC, where security groups, network ACLs, VPC endpoint policies and flow logs apply; without it the traffic goes over the internet. As Security Hub Redshift.7, a cluster fails when EnhancedVpcRouting is off.',
  remediation: {
    summary: 'Turn on enhanced VPC routing (and give the VPC the endpoints or NAT routes COPY and UNLOAD need).',
    cli: 'aws redshift modify-cluster --cluster-identifier <cluster> --enhanced-vpc-routing',
    console:
      'Amazon Redshift console > Clusters > <cluster> > Properties > Network and security settings > Edit > Enhanced VPC routing: Turn on > Save changes.',
    docs: 'https://docs.aws.amazon.com/redshift/latest/mgmt/enhanced-vpc-enabling-cluster.html',
  },
  reads: ['redshift'],
  evaluate: (inv, ctx) =>
    eachCluster(inv, ctx, (c, _data, region) => {
      if (c.enhancedVpcRouting === null)
        return undecided(
          c,
          `Whether Redshift cluster ${c.id} uses enhanced VPC routing could not be decided: redshift:DescribeClusters sent no EnhancedVpcRouting.`,
          [missingData('redshift:DescribeClusters', c.arn, 'the answer carried no EnhancedVpcRouting', { region })],
        );
      return c.enhancedVpcRouting
        ? pass(c, `Redshift cluster ${c.id} uses enhanced VPC routing.`)
        : fail(c, `Redshift cluster ${c.id} does not use enhanced VPC routing.`);
    }),
});
