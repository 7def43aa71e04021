import { defineCheck, fail, pass, undecided } from '../define-check.js';
import { defaultPort, eachCluster, eachInstance } from './lib.js';

export const rdsInstanceNonDefaultPort = defineCheck({
  id: 'rds-instance-non-default-port',
  title: 'RDS DB instances and clusters do not use the engine default port',
  service: 'rds',
  severity: 'low',
  resourceType: 'AwsRdsDbInstance',
  frameworks: { fsbp: ['RDS.23'] },
  rationale:
    "A database on its engine's well-known port is found by the first automated scan; a custom port is one more thing an attacker has to learn. Instances that belong to a cluster are judged through the cluster.",
  remediation: {
    summary: 'Move the instance (or cluster) to a non-default port, then update connection strings and security group rules.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --db-port-number <port> --apply-immediately',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.DBInstance.Modifying.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) => [
    ...eachInstance(inv, ctx, (i) => {
      const standard = defaultPort(i.engine);
      if (i.clusterId !== null || standard === undefined) return undefined;
      if (i.port === null) return undecided(i, `RDS DB instance ${i.id} reports no port yet.`);
      return i.port === standard
        ? fail(i, `RDS DB instance ${i.id} listens on ${i.engine}'s default port ${standard}.`)
        : pass(i, `RDS DB instance ${i.id} listens on port ${i.port}, not the default ${standard}.`);
    }),
    ...eachCluster(inv, ctx, (c) => {
      const standard = defaultPort(c.engine);
      const ref = { ...c, resourceType: 'AwsRdsDbCluster' as const };
      if (standard === undefined) return undefined;
      if (c.port === null) return undecided(ref, `RDS DB cluster ${c.id} reports no port.`);
      return c.port === standard
        ? fail(ref, `RDS DB cluster ${c.id} listens on ${c.engine}'s default port ${standard}.`)
        : pass(ref, `RDS DB cluster ${c.id} listens on port ${c.port}, not the default ${standard}.`);
    }),
  ],
});
