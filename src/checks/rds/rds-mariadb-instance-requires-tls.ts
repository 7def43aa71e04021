import { defineCheck, fail, pass, undecided } from '../define-check.js';
import { eachInstance, instanceParameter, isResult } from './lib.js';

const NAMES = ['require_secure_transport'];

/** MariaDB 10.5 and later support require_secure_transport; an unknown version is kept in scope. */
function atLeast105(version: string | null): boolean {
  const [major, minor] = (version ?? '').split('.').map(Number);
  if (major === undefined || Number.isNaN(major) || minor === undefined || Number.isNaN(minor)) return true;
  return major > 10 || (major === 10 && minor >= 5);
}

export const rdsMariadbInstanceRequiresTls = defineCheck({
  id: 'rds-mariadb-instance-requires-tls',
  title: 'RDS for MariaDB DB instances require encrypted connections',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbInstance',
  frameworks: { fsbp: ['RDS.44'], checklist: ['3.18'] },
  rationale:
    'Without a parameter that requires TLS, clients may connect in clear text and credentials and data cross the network readable. The control fails when the parameter group is not in sync or require_secure_transport is not ON; MariaDB versions before 10.5, which lack the parameter, are out of scope.',
  remediation: {
    summary:
      'Set require_secure_transport to ON in the DB parameter group of the instance (a custom group: default groups cannot be changed).',
    cli: 'aws rds modify-db-parameter-group --db-parameter-group-name <parameter-group> --parameters ParameterName=require_secure_transport,ParameterValue=ON,ApplyMethod=immediate',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/mariadb-ssl-connections.require-ssl.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) =>
    eachInstance(inv, ctx, (i, data) => {
      if (!(i.engine === 'mariadb' && atLeast105(i.engineVersion))) return undefined;
      const p = instanceParameter(i, data, NAMES);
      if (isResult(p)) return p;
      const group = i.parameterGroups[0];
      if (group?.applyStatus !== 'in-sync')
        return fail(
          i,
          `RDS for MariaDB DB instance ${i.id} has DB parameter group ${p.group} not in sync (${group?.applyStatus ?? 'no status'}).`,
        );
      if (!p.found) return undecided(i, `DB parameter group ${p.group} of RDS for MariaDB DB instance ${i.id} does not list ${NAMES[0]}.`);
      return p.value === 'ON' || p.value === '1'
        ? pass(i, `RDS for MariaDB DB instance ${i.id} requires TLS (${p.name} is ${p.value}).`)
        : fail(
            i,
            `RDS for MariaDB DB instance ${i.id} does not require TLS: ${p.name} is ${p.value ?? 'not set'} in DB parameter group ${p.group}.`,
          );
    }),
});
