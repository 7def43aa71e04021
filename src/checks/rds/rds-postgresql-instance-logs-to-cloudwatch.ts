import { defineCheck, fail, pass } from '../define-check.js';
import { eachInstance, listOf, missingLogs } from './lib.js';

/** The control's default logTypes parameter. */
const LOG_TYPES = ['postgresql'];

export const rdsPostgresqlInstanceLogsToCloudwatch = defineCheck({
  id: 'rds-postgresql-instance-logs-to-cloudwatch',
  title: 'RDS for PostgreSQL DB instances publish logs to CloudWatch Logs',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbInstance',
  frameworks: { fsbp: ['RDS.36'] },
  rationale:
    'Logs published to CloudWatch Logs are kept off the instance, can be searched and alarmed on, and survive it. The postgresql log records connections, errors and, as configured, statements.',
  remediation: {
    summary: 'Publish the postgresql logs of the instance to CloudWatch Logs.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --cloudwatch-logs-export-configuration \'{"EnableLogTypes":["postgresql"]}\' --apply-immediately',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) =>
    eachInstance(inv, ctx, (i) => {
      if (!(i.engine === 'postgres')) return undefined;
      const missing = missingLogs(i.logExports, LOG_TYPES);
      return missing.length === 0
        ? pass(i, `RDS for PostgreSQL DB instance ${i.id} publishes ${listOf(LOG_TYPES)} logs to CloudWatch Logs.`)
        : fail(i, `RDS for PostgreSQL DB instance ${i.id} does not publish ${listOf(missing)} logs to CloudWatch Logs.`);
    }),
});
