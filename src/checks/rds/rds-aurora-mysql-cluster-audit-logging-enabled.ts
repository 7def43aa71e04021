import { defineCheck, fail, missingData, pass, undecided, unknown } from '../define-check.js';
import { eachClusterIn, isAuroraMysql } from './lib.js';

export const rdsAuroraMysqlClusterAuditLoggingEnabled = defineCheck({
  id: 'rds-aurora-mysql-cluster-audit-logging-enabled',
  title: 'Aurora MySQL DB clusters have audit logging enabled',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbCluster',
  frameworks: { fsbp: ['RDS.45'] },
  rationale:
    'Advanced auditing records logins, queries and schema changes; the control requires server_audit_logging = 1, a non-empty server_audit_events and a cluster parameter group in sync on every member.',
  remediation: {
    summary:
      'Set server_audit_logging to 1 and server_audit_events (for example CONNECT) in the custom DB cluster parameter group, then reboot members not in sync.',
    cli: 'aws rds modify-db-cluster-parameter-group --db-cluster-parameter-group-name <cluster-parameter-group> --parameters ParameterName=server_audit_logging,ParameterValue=1,ApplyMethod=immediate ParameterName=server_audit_events,ParameterValue=CONNECT,ApplyMethod=immediate',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Auditing.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) =>
    eachClusterIn(inv, ctx, (c, data) => {
      if (!isAuroraMysql(c.engine)) return undefined;
      if (c.parameterGroup === null) return undecided(c, `Aurora MySQL DB cluster ${c.id} reports no DB cluster parameter group.`);
      const read = data.clusterParameterGroups[c.parameterGroup];
      if (!read)
        return unknown(
          c,
          missingData('rds:DescribeDBClusterParameters', c.arn, `cluster parameter group ${c.parameterGroup} was not read`, {
            region: c.region,
          }),
        );
      if (!read.ok) return unknown(c, read.error);
      const stale = c.memberParameterStatuses.filter((s) => s !== 'in-sync');
      if (stale.length > 0)
        return fail(
          c,
          `Aurora MySQL DB cluster ${c.id} has DB cluster parameter group ${c.parameterGroup} not in sync (${stale.join(', ')}).`,
        );
      if (!('server_audit_logging' in read.value))
        return undecided(
          c,
          `DB cluster parameter group ${c.parameterGroup} of Aurora MySQL DB cluster ${c.id} does not list server_audit_logging.`,
        );
      if (read.value['server_audit_logging'] !== '1')
        return fail(
          c,
          `Aurora MySQL DB cluster ${c.id} has server_audit_logging ${read.value['server_audit_logging'] ?? 'not set'} in DB cluster parameter group ${c.parameterGroup}.`,
        );
      if (!read.value['server_audit_events'])
        return fail(
          c,
          `Aurora MySQL DB cluster ${c.id} logs no audit events: server_audit_events is empty in DB cluster parameter group ${c.parameterGroup}.`,
        );
      return pass(c, `Aurora MySQL DB cluster ${c.id} audits ${read.value['server_audit_events']} events.`);
    }),
});
