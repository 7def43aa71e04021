import { defineCheck, fail, pass } from '../define-check.js';
import { eachInstance } from './lib.js';

export const rdsInstanceEnhancedMonitoringEnabled = defineCheck({
  id: 'rds-instance-enhanced-monitoring-enabled',
  title: 'RDS DB instances have Enhanced Monitoring enabled',
  service: 'rds',
  severity: 'low',
  resourceType: 'AwsRdsDbInstance',
  frameworks: { fsbp: ['RDS.6'] },
  rationale:
    'Enhanced Monitoring collects operating-system metrics from an agent on the instance, which shows resource exhaustion and runaway processes the hypervisor metrics miss.',
  remediation: {
    summary: 'Turn on Enhanced Monitoring with a monitoring interval and a monitoring role.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --monitoring-interval 60 --monitoring-role-arn <role-arn> --apply-immediately',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Monitoring.OS.Enabling.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) =>
    eachInstance(inv, ctx, (i) =>
      i.monitoringInterval > 0
        ? pass(i, `RDS DB instance ${i.id} has Enhanced Monitoring every ${i.monitoringInterval} seconds.`)
        : fail(i, `RDS DB instance ${i.id} has Enhanced Monitoring disabled.`),
    ),
});
