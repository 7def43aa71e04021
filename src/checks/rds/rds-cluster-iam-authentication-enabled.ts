import { defineCheck, fail, pass } from '../define-check.js';
import { eachCluster } from './lib.js';

export const rdsClusterIamAuthenticationEnabled = defineCheck({
  id: 'rds-cluster-iam-authentication-enabled',
  title: 'RDS DB clusters have IAM database authentication enabled',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbCluster',
  frameworks: { fsbp: ['RDS.12'] },
  rationale:
    'IAM database authentication replaces long-lived database passwords with short-lived tokens issued to IAM identities, and forces TLS on those connections.',
  remediation: {
    summary: 'Turn on IAM database authentication for the cluster.',
    cli: 'aws rds modify-db-cluster --db-cluster-identifier <cluster> --enable-iam-database-authentication --apply-immediately',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.IAMDBAuth.Enabling.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) =>
    eachCluster(inv, ctx, (c) =>
      c.iamAuth
        ? pass(c, `RDS DB cluster ${c.id} has IAM database authentication enabled.`)
        : fail(c, `RDS DB cluster ${c.id} has IAM database authentication disabled.`),
    ),
});
