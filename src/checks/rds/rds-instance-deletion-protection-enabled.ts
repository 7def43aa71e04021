import { defineCheck, fail, pass } from '../define-check.js';
import { eachInstance } from './lib.js';

/** The control's databaseEngines parameter (not customizable). */
const ENGINES = [
  'mariadb',
  'mysql',
  'custom-oracle-ee',
  'oracle-ee-cdb',
  'oracle-se2-cdb',
  'oracle-ee',
  'oracle-se2',
  'oracle-se1',
  'oracle-se',
  'postgres',
  'sqlserver-ee',
  'sqlserver-se',
  'sqlserver-ex',
  'sqlserver-web',
];

export const rdsInstanceDeletionProtectionEnabled = defineCheck({
  id: 'rds-instance-deletion-protection-enabled',
  title: 'RDS DB instances have deletion protection enabled',
  service: 'rds',
  severity: 'low',
  resourceType: 'AwsRdsDbInstance',
  frameworks: { fsbp: ['RDS.8'] },
  rationale:
    'Deletion protection makes a delete request fail until it is turned off. The control covers the engines AWS lists (MariaDB, MySQL, Oracle, PostgreSQL, SQL Server); Aurora instances are protected through their cluster (RDS.7).',
  remediation: {
    summary: 'Turn on deletion protection for the instance.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --deletion-protection --apply-immediately',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.DBInstance.Modifying.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) =>
    eachInstance(inv, ctx, (i) => {
      if (!ENGINES.includes(i.engine)) return undefined;
      return i.deletionProtection
        ? pass(i, `RDS DB instance ${i.id} has deletion protection enabled.`)
        : fail(i, `RDS DB instance ${i.id} has deletion protection disabled.`);
    }),
});
