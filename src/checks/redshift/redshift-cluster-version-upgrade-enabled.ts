import { defineCheck, fail, missingData, pass, undecided } from '../define-check.js';
import { eachCluster } from './lib.js';

export const redshiftClusterVersionUpgradeEnabled = defineCheck({
  id: 'redshift-cluster-version-upgrade-enabled',
  title: 'Redshift clusters have automatic major version upgrades enabled',
  service: 'redshift',
  severity: 'medium',
  resourceType: 'AwsRedshiftCluster',
  frameworks: { fsbp: ['Redshift.6'] },
  rationale:
    'With version upgrades allowed, Amazon Redshift applies new engine versions, with their security fixes, in the maintenance window; without it the cluster stays on the version it has. As Security Hub Redshift.6 (allowVersionUpgrade = true), a cluster fails when AllowVersionUpgrade is false.',
  remediation: {
    summary: 'Allow version upgrades in the maintenance window.',
    cli: 'aws redshift modify-cluster --cluster-identifier <cluster> --allow-version-upgrade',
    console: 'Amazon Redshift console > Clusters > <cluster> > Maintenance > Edit > Allow version upgrade: Yes > Save changes.',
    docs: 'https://docs.aws.amazon.com/redshift/latest/mgmt/managing-cluster-considerations.html#rs-maintenance-windows',
  },
  reads: ['redshift'],
  evaluate: (inv, ctx) =>
    eachCluster(inv, ctx, (c, _data, region) => {
      if (c.allowVersionUpgrade === null)
        return undecided(
          c,
          `Whether Redshift cluster ${c.id} allows version upgrades could not be decided: redshift:DescribeClusters sent no AllowVersionUpgrade.`,
          [missingData('redshift:DescribeClusters', c.arn, 'the answer carried no AllowVersionUpgrade', { region })],
        );
      return c.allowVersionUpgrade
        ? pass(c, `Redshift cluster ${c.id} allows automatic major version upgrades.`)
        : fail(c, `Redshift cluster ${c.id} does not allow automatic major version upgrades.`);
    }),
});
