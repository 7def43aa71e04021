import { defineCheck, fail, pass } from '../define-check.js';
import { eachInstance, listOf, missingLogs } from './lib.js';

/** The control's default logTypes parameter. */
const LOG_TYPES = ['audit', 'error'];

export const rdsMariadbInstanceLogsToCloudwatch = defineCheck({
  id: 'rds-mariadb-instance-logs-to-cloudwatch',
  title: 'RDS for MariaDB DB instances publish logs to CloudWatch Logs',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbInstance',
  frameworks: { fsbp: ['RDS.42'] },
  rationale:
    'Logs published to CloudWatch Logs are kept off the instance, can be searched and alarmed on, and survive it. The audit and error logs record logins, queries and failures.',
  remediation: {
    summary: 'Publish the audit and error logs of the instance to CloudWatch Logs.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --cloudwatch-logs-export-configuration \'{"EnableLogTypes":["audit","error"]}\' --apply-immediately',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) =>
    eachInstance(inv, ctx, (i) => {
      if (!(i.engine === 'mariadb')) return undefined;
      const missing = missingLogs(i.logExports, LOG_TYPES);
      return missing.length === 0
        ? pass(i, `RDS for MariaDB DB instance ${i.id} publishes ${listOf(LOG_TYPES)} logs to CloudWatch Logs.`)
        : fail(i, `RDS for MariaDB DB instance ${i.id} does not publish ${listOf(missing)} logs to CloudWatch Logs.`);
    }),
});
