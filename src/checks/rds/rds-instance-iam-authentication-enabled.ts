import { defineCheck, fail, pass } from '../define-check.js';
import { eachInstance } from './lib.js';

/** The engines and states the control evaluates, as AWS documents them. */
const ENGINES = ['mysql', 'postgres', 'aurora', 'aurora-mysql', 'aurora-postgresql', 'mariadb'];
const STATES = ['available', 'backing-up', 'storage-optimization', 'storage-full'];

export const rdsInstanceIamAuthenticationEnabled = defineCheck({
  id: 'rds-instance-iam-authentication-enabled',
  title: 'RDS DB instances have IAM database authentication enabled',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbInstance',
  frameworks: { fsbp: ['RDS.10'] },
  rationale:
    'IAM database authentication replaces long-lived database passwords with short-lived tokens issued to IAM identities, and forces TLS on those connections.',
  remediation: {
    summary: 'Turn on IAM database authentication for the instance.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --enable-iam-database-authentication --apply-immediately',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.Enabling.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) =>
    eachInstance(inv, ctx, (i) => {
      if (!ENGINES.includes(i.engine) || !STATES.includes(i.status ?? '')) return undefined;
      return i.iamAuth
        ? pass(i, `RDS DB instance ${i.id} has IAM database authentication enabled.`)
        : fail(i, `RDS DB instance ${i.id} has IAM database authentication disabled.`);
    }),
});
