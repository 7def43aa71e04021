import { defineCheck, fail, pass } from '../define-check.js';
import { eachCluster } from './lib.js';

export const rdsClusterMultiAz = defineCheck({
  id: 'rds-cluster-multi-az',
  title: 'RDS DB clusters are deployed in multiple Availability Zones',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbCluster',
  frameworks: { fsbp: ['RDS.15'] },
  rationale:
    'A cluster with instances in several Availability Zones fails over automatically when a zone or the writer fails, and during maintenance.',
  remediation: {
    summary: 'Add a reader instance in another Availability Zone.',
    cli: 'aws rds create-db-instance --db-instance-identifier <cluster>-reader --db-cluster-identifier <cluster> --engine <engine> --db-instance-class <class> --availability-zone <other-az>',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-replicas-adding.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) =>
    eachCluster(inv, ctx, (c) =>
      c.multiAz
        ? pass(c, `RDS DB cluster ${c.id} spans multiple Availability Zones.`)
        : fail(c, `RDS DB cluster ${c.id} runs in a single Availability Zone.`),
    ),
});
