import { defineCheck, fail, pass } from '../define-check.js';
import { eachInstance } from './lib.js';

export const rdsInstanceNotPubliclyAccessible = defineCheck({
  id: 'rds-instance-not-publicly-accessible',
  title: 'RDS DB instances are not publicly accessible',
  service: 'rds',
  severity: 'critical',
  resourceType: 'AwsRdsDbInstance',
  frameworks: { fsbp: ['RDS.2'], 'cis-3.0': ['2.3.3'], checklist: ['3.16'] },
  rationale:
    'A publicly accessible instance has a DNS name that resolves to a public IP address, so only its security groups stand between the database and the internet.',
  remediation: {
    summary: 'Turn off public access on the instance.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --no-publicly-accessible --apply-immediately',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.DBInstance.Modifying.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) =>
    eachInstance(inv, ctx, (i) =>
      i.publiclyAccessible
        ? fail(i, `RDS DB instance ${i.id} is publicly accessible.`)
        : pass(i, `RDS DB instance ${i.id} is not publicly accessible.`),
    ),
});
