import { defineCheck, fail, pass } from '../define-check.js';
import { eachInstance } from './lib.js';

export const rdsInstanceMultiAz = defineCheck({
  id: 'rds-instance-multi-az',
  title: 'RDS DB instances are deployed in multiple Availability Zones',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbInstance',
  frameworks: { fsbp: ['RDS.5'], 'cis-5.0': ['2.2.4'] },
  rationale:
    'A Multi-AZ deployment fails over automatically when an Availability Zone or the primary fails, and during maintenance. Instances that belong to a DB cluster are left to the cluster control (RDS.15).',
  remediation: {
    summary: 'Convert the instance to a Multi-AZ deployment.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --multi-az --apply-immediately',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZSingleStandby.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) =>
    eachInstance(inv, ctx, (i) => {
      if (i.clusterId !== null) return undefined;
      return i.multiAz
        ? pass(i, `RDS DB instance ${i.id} is a Multi-AZ deployment.`)
        : fail(i, `RDS DB instance ${i.id} runs in a single Availability Zone.`);
    }),
});
