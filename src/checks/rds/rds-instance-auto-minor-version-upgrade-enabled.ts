import { defineCheck, fail, pass } from '../define-check.js';
import { eachInstance } from './lib.js';

export const rdsInstanceAutoMinorVersionUpgradeEnabled = defineCheck({
  id: 'rds-instance-auto-minor-version-upgrade-enabled',
  title: 'RDS DB instances have automatic minor version upgrades enabled',
  service: 'rds',
  severity: 'high',
  resourceType: 'AwsRdsDbInstance',
  frameworks: { fsbp: ['RDS.13'], 'cis-3.0': ['2.3.2'], checklist: ['3.19'] },
  rationale:
    'Minor versions carry security fixes; with automatic minor version upgrades the instance receives them in its maintenance window instead of waiting for someone to apply them.',
  remediation: {
    summary: 'Turn on automatic minor version upgrades for the instance.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --auto-minor-version-upgrade --apply-immediately',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.DBInstance.Modifying.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) =>
    eachInstance(inv, ctx, (i) =>
      i.autoMinorVersionUpgrade
        ? pass(i, `RDS DB instance ${i.id} has automatic minor version upgrades enabled.`)
        : fail(i, `RDS DB instance ${i.id} has automatic minor version upgrades disabled.`),
    ),
});
