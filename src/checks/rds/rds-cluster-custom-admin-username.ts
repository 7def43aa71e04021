import { defineCheck, fail, pass, undecided } from '../define-check.js';
import { DEFAULT_ADMIN_USERNAMES, eachCluster, isNeptuneOrDocDb } from './lib.js';

export const rdsClusterCustomAdminUsername = defineCheck({
  id: 'rds-cluster-custom-admin-username',
  title: 'RDS DB clusters use a custom administrator user name',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbCluster',
  frameworks: { fsbp: ['RDS.24'] },
  rationale:
    'The default master user names (admin, postgres) are public knowledge, so a password-guessing attack needs only the password. Neptune and DocumentDB clusters are out of scope.',
  remediation: {
    summary: 'The master user name cannot be changed: create a new cluster with a custom one and migrate.',
    console:
      'RDS console > Create database: under Settings, set Master username to a custom name; migrate the data, then delete the old cluster.',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.CreateInstance.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) =>
    eachCluster(inv, ctx, (c) => {
      if (isNeptuneOrDocDb(c.engine)) return undefined;
      if (c.masterUsername === null) return undecided(c, `RDS DB cluster ${c.id} reports no master user name.`);
      return DEFAULT_ADMIN_USERNAMES.includes(c.masterUsername)
        ? fail(c, `RDS DB cluster ${c.id} uses the default master user name ${c.masterUsername}.`)
        : pass(c, `RDS DB cluster ${c.id} uses a custom master user name.`);
    }),
});
