import { defineCheck, fail, pass, undecided } from '../define-check.js';
import { eachInstance, instanceParameter, isResult } from './lib.js';

const NAMES = ['require_secure_transport', 'rds.require_secure_transport'];

export const rdsMysqlInstanceRequiresTls = defineCheck({
  id: 'rds-mysql-instance-requires-tls',
  title: 'RDS for MySQL DB instances require encrypted connections',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbInstance',
  frameworks: { fsbp: ['RDS.39'], checklist: ['3.18'] },
  rationale:
    'Without a parameter that requires TLS, clients may connect in clear text and credentials and data cross the network readable. The control fails when require_secure_transport is off; instances in a DB cluster are out of scope.',
  remediation: {
    summary:
      'Set require_secure_transport to 1 in the DB parameter group of the instance (a custom group: default groups cannot be changed).',
    cli: 'aws rds modify-db-parameter-group --db-parameter-group-name <parameter-group> --parameters ParameterName=require_secure_transport,ParameterValue=1,ApplyMethod=immediate',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/MySQL.Concepts.SSLSupport.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) =>
    eachInstance(inv, ctx, (i, data) => {
      if (!(i.engine === 'mysql' && i.clusterId === null)) return undefined;
      const p = instanceParameter(i, data, NAMES);
      if (isResult(p)) return p;
      if (!p.found || p.value === null)
        return undecided(
          i,
          `DB parameter group ${p.group} of RDS for MySQL DB instance ${i.id} does not set ${NAMES[0]}, so it has the engine default.`,
        );
      if (p.value === '1' || p.value === 'ON') return pass(i, `RDS for MySQL DB instance ${i.id} requires TLS (${p.name} is ${p.value}).`);
      if (p.value === '0' || p.value === 'OFF')
        return fail(i, `RDS for MySQL DB instance ${i.id} does not require TLS: ${p.name} is ${p.value} in DB parameter group ${p.group}.`);
      return undecided(i, `RDS for MySQL DB instance ${i.id} has ${p.name} set to ${p.value}, which the control does not name.`);
    }),
});
