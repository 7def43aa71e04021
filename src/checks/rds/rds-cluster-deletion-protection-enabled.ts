import { defineCheck, fail, pass } from '../define-check.js';
import { eachCluster } from './lib.js';

export const rdsClusterDeletionProtectionEnabled = defineCheck({
  id: 'rds-cluster-deletion-protection-enabled',
  title: 'RDS DB clusters have deletion protection enabled',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbCluster',
  frameworks: { fsbp: ['RDS.7'] },
  rationale:
    'Deletion protection makes a delete request fail until it is turned off, which stops an accidental or unauthorized deletion of the cluster.',
  remediation: {
    summary: 'Turn on deletion protection for the cluster.',
    cli: 'aws rds modify-db-cluster --db-cluster-identifier <cluster> --deletion-protection --apply-immediately',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Modifying.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) =>
    eachCluster(inv, ctx, (c) =>
      c.deletionProtection
        ? pass(c, `RDS DB cluster ${c.id} has deletion protection enabled.`)
        : fail(c, `RDS DB cluster ${c.id} has deletion protection disabled.`),
    ),
});
