import { defineCheck, fail, missingData, pass, undecided } from '../define-check.js';
import { eachCluster } from './lib.js';

export const redshiftClusterMultiAzEnabled = defineCheck({
  id: 'redshift-cluster-multi-az-enabled',
  title: 'Redshift clusters have Multi-AZ deployments enabled',
  service: 'redshift',
  severity: 'medium',
  resourceType: 'AwsRedshiftCluster',
  frameworks: { fsbp: ['Redshift.18'] },
  rationale:
    'A Multi-AZ cluster runs compute in two Availability Zones behind one endpoint, so the loss of a zone does not take the warehouse down. As Security Hub Redshift.18, a cluster fails when Multi-AZ is not enabled (Multi-AZ is available for RA3 node types).',
  remediation: {
    summary: 'Turn on Multi-AZ (RA3 clusters; other node types must first be resized to RA3).',
    cli: 'aws redshift modify-cluster --cluster-identifier <cluster> --multi-az',
    console: 'Amazon Redshift console > Clusters > <cluster> > Actions > Activate Multi-AZ > Activate Multi-AZ.',
    docs: 'https://docs.aws.amazon.com/redshift/latest/mgmt/managing-cluster-multi-az.html',
  },
  reads: ['redshift'],
  evaluate: (inv, ctx) =>
    eachCluster(inv, ctx, (c, _data, region) => {
      if (c.multiAz === null)
        return undecided(
          c,
          `Whether Redshift cluster ${c.id} is Multi-AZ could not be decided: redshift:DescribeClusters sent no MultiAZ.`,
          [missingData('redshift:DescribeClusters', c.arn, 'the answer carried no MultiAZ', { region })],
        );
      return c.multiAz
        ? pass(c, `Redshift cluster ${c.id} has a Multi-AZ deployment.`)
        : fail(c, `Redshift cluster ${c.id} does not have Multi-AZ enabled.`);
    }),
});
