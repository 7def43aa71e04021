import { defineCheck, fail, pass, undecided } from '../define-check.js';
import { DEFAULT_ADMIN_USERNAMES, eachInstance, isNeptuneOrDocDb } from './lib.js';

export const rdsInstanceCustomAdminUsername = defineCheck({
  id: 'rds-instance-custom-admin-username',
  title: 'RDS DB instances use a custom administrator user name',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbInstance',
  frameworks: { fsbp: ['RDS.25'] },
  rationale:
    'The default master user names (admin, postgres) are public knowledge, so a password-guessing attack needs only the password. Neptune and DocumentDB instances and instances that belong to a cluster are out of scope.',
  remediation: {
    summary: 'The master user name cannot be changed: create a new instance with a custom one and migrate.',
    console:
      'RDS console > Create database: under Settings, set Master username to a custom name; migrate the data, then delete the old instance.',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_CreateDBInstance.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) =>
    eachInstance(inv, ctx, (i) => {
      if (isNeptuneOrDocDb(i.engine) || i.clusterId !== null) return undefined;
      if (i.masterUsername === null) return undecided(i, `RDS DB instance ${i.id} reports no master user name.`);
      return DEFAULT_ADMIN_USERNAMES.includes(i.masterUsername)
        ? fail(i, `RDS DB instance ${i.id} uses the default master user name ${i.masterUsername}.`)
        : pass(i, `RDS DB instance ${i.id} uses a custom master user name.`);
    }),
});
