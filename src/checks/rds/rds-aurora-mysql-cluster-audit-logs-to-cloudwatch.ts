import { defineCheck, fail, pass } from '../define-check.js';
import { eachCluster, isAuroraMysql } from './lib.js';

export const rdsAuroraMysqlClusterAuditLogsToCloudwatch = defineCheck({
  id: 'rds-aurora-mysql-cluster-audit-logs-to-cloudwatch',
  title: 'Aurora MySQL DB clusters publish audit logs to CloudWatch Logs',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbCluster',
  frameworks: { fsbp: ['RDS.34'] },
  rationale:
    'Logs published to CloudWatch Logs are kept off the cluster, can be searched and alarmed on, and survive it. Audit logs record logins, queries and schema changes. Aurora Serverless v1 clusters are out of scope.',
  remediation: {
    summary: 'Publish the audit log of the cluster to CloudWatch Logs.',
    cli: 'aws rds modify-db-cluster --db-cluster-identifier <cluster> --cloudwatch-logs-export-configuration \'{"EnableLogTypes":["audit"]}\' --apply-immediately',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/publishing_cloudwatchlogs.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) =>
    eachCluster(inv, ctx, (c) => {
      if (!isAuroraMysql(c.engine) || c.engineMode === 'serverless') return undefined;
      return c.logExports.includes('audit')
        ? pass(c, `Aurora MySQL DB cluster ${c.id} publishes its audit log to CloudWatch Logs.`)
        : fail(c, `Aurora MySQL DB cluster ${c.id} does not publish its audit log to CloudWatch Logs.`);
    }),
});
