import { defineCheck, fail, missingData, pass, undecided } from '../define-check.js';
import { eachCluster } from './lib.js';

/** The admin user name the console proposes, which Security Hub Redshift.8 flags. */
const DEFAULT_ADMIN = 'awsuser';

export const redshiftClusterAdminUsernameNotDefault = defineCheck({
  id: 'redshift-cluster-admin-username-not-default',
  title: 'Redshift clusters do not use the default admin user name',
  service: 'redshift',
  severity: 'medium',
  resourceType: 'AwsRedshiftCluster',
  frameworks: { fsbp: ['Redshift.8'] },
  rationale:
    'A default admin name is public knowledge, so an attacker guessing passwords needs only the password. As Security Hub Redshift.8, a cluster fails when its admin user name is awsuser.',
  remediation: {
    summary:
      'The admin user name cannot be changed after creation: restore a snapshot into a new cluster with another admin name (or create a new cluster and move the data), then delete the old one.',
    console:
      'Amazon Redshift console > Clusters > Create cluster (or restore from snapshot) > Database configurations > Admin user name: not awsuser.',
    docs: 'https://docs.aws.amazon.com/redshift/latest/gsg/rs-gsg-prereq.html',
  },
  reads: ['redshift'],
  evaluate: (inv, ctx) =>
    eachCluster(inv, ctx, (c, _data, region) => {
      if (c.masterUsername === null)
        return undecided(
          c,
          `Redshift cluster ${c.id}'s admin user name could not be read: redshift:DescribeClusters sent no MasterUsername.`,
          [missingData('redshift:DescribeClusters', c.arn, 'the answer carried no MasterUsername', { region })],
        );
      return c.masterUsername === DEFAULT_ADMIN
        ? fail(c, `Redshift cluster ${c.id} uses the default admin user name ${DEFAULT_ADMIN}.`)
        : pass(c, `Redshift cluster ${c.id} uses admin user name ${c.masterUsername}, not the default ${DEFAULT_ADMIN}.`);
    }),
});
