import { defineCheck, fail, pass } from '../define-check.js';
import { eachInstance, listOf, missingLogs, isSqlServer } from './lib.js';

/** The control's default logTypes parameter. */
const LOG_TYPES = ['agent', 'error'];

export const rdsSqlserverInstanceLogsToCloudwatch = defineCheck({
  id: 'rds-sqlserver-instance-logs-to-cloudwatch',
  title: 'RDS for SQL Server DB instances publish logs to CloudWatch Logs',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbInstance',
  frameworks: { fsbp: ['RDS.40'] },
  rationale:
    'Logs published to CloudWatch Logs are kept off the instance, can be searched and alarmed on, and survive it. The error and agent logs record failures, restarts and SQL Agent job errors.',
  remediation: {
    summary: 'Publish the agent and error logs of the instance to CloudWatch Logs.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --cloudwatch-logs-export-configuration \'{"EnableLogTypes":["agent","error"]}\' --apply-immediately',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) =>
    eachInstance(inv, ctx, (i) => {
      if (!isSqlServer(i.engine)) return undefined;
      const missing = missingLogs(i.logExports, LOG_TYPES);
      return missing.length === 0
        ? pass(i, `RDS for SQL Server DB instance ${i.id} publishes ${listOf(LOG_TYPES)} logs to CloudWatch Logs.`)
        : fail(i, `RDS for SQL Server DB instance ${i.id} does not publish ${listOf(missing)} logs to CloudWatch Logs.`);
    }),
});
