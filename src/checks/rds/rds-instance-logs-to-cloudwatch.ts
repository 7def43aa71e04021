import { defineCheck, fail, pass } from '../define-check.js';
import { eachInstance, isAuroraMysql, isAuroraPostgres, isOracle, isSqlServer, listOf, missingLogs } from './lib.js';

/** The log types the control requires per engine family, as AWS lists them. */
function requiredLogs(engine: string): readonly string[] | undefined {
  if (isOracle(engine)) return ['alert', 'audit', 'trace', 'listener'];
  if (engine === 'postgres') return ['postgresql', 'upgrade'];
  if (engine === 'mysql' || engine === 'mariadb' || isAuroraMysql(engine)) return ['audit', 'error', 'general', 'slowquery'];
  if (isSqlServer(engine)) return ['error', 'agent'];
  if (isAuroraPostgres(engine)) return ['postgresql'];
  return undefined;
}

export const rdsInstanceLogsToCloudwatch = defineCheck({
  id: 'rds-instance-logs-to-cloudwatch',
  title: 'RDS DB instances publish their engine logs to CloudWatch Logs',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbInstance',
  frameworks: { fsbp: ['RDS.9'] },
  rationale:
    'Database logs published to CloudWatch Logs are kept off the instance, can be searched and alarmed on, and survive the instance; they record logins, errors and queries an investigation needs.',
  remediation: {
    summary: "Publish the engine's log types to CloudWatch Logs.",
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --cloudwatch-logs-export-configuration \'{"EnableLogTypes":["audit","error","general","slowquery"]}\' --apply-immediately',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) =>
    eachInstance(inv, ctx, (i) => {
      const required = requiredLogs(i.engine);
      if (!required) return undefined;
      const missing = missingLogs(i.logExports, required);
      return missing.length === 0
        ? pass(i, `RDS DB instance ${i.id} publishes ${listOf(required)} logs to CloudWatch Logs.`)
        : fail(i, `RDS DB instance ${i.id} (${i.engine}) does not publish ${listOf(missing)} logs to CloudWatch Logs.`);
    }),
});
