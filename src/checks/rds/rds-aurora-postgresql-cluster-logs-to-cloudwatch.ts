import { defineCheck, fail, pass } from '../define-check.js';
import { eachCluster, isAuroraPostgres } from './lib.js';

export const rdsAuroraPostgresqlClusterLogsToCloudwatch = defineCheck({
  id: 'rds-aurora-postgresql-cluster-logs-to-cloudwatch',
  title: 'Aurora PostgreSQL DB clusters publish logs to CloudWatch Logs',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbCluster',
  frameworks: { fsbp: ['RDS.37'] },
  rationale:
    'Logs published to CloudWatch Logs are kept off the cluster, can be searched and alarmed on, and survive it. The postgresql log records connections, errors and, as configured, statements.',
  remediation: {
    summary: 'Publish the postgresql log of the cluster to CloudWatch Logs.',
    cli: 'aws rds modify-db-cluster --db-cluster-identifier <cluster> --cloudwatch-logs-export-configuration \'{"EnableLogTypes":["postgresql"]}\' --apply-immediately',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/publishing_cloudwatchlogs.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) =>
    eachCluster(inv, ctx, (c) => {
      if (!isAuroraPostgres(c.engine)) return undefined;
      return c.logExports.includes('postgresql')
        ? pass(c, `Aurora PostgreSQL DB cluster ${c.id} publishes its postgresql log to CloudWatch Logs.`)
        : fail(c, `Aurora PostgreSQL DB cluster ${c.id} does not publish its postgresql log to CloudWatch Logs.`);
    }),
});
