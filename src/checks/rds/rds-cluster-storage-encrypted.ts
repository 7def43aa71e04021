import { defineCheck, fail, pass } from '../define-check.js';
import { eachCluster } from './lib.js';

export const rdsClusterStorageEncrypted = defineCheck({
  id: 'rds-cluster-storage-encrypted',
  title: 'RDS DB clusters are encrypted at rest',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbCluster',
  frameworks: { fsbp: ['RDS.27'] },
  rationale:
    'Cluster storage encryption covers the cluster volume, its backups and snapshots; it can only be chosen when the cluster is created.',
  remediation: {
    summary:
      'Encryption cannot be turned on for an existing cluster: snapshot it, restore the snapshot into a new cluster with a KMS key, and move to it.',
    cli: 'aws rds restore-db-cluster-from-snapshot --db-cluster-identifier <cluster>-encrypted --snapshot-identifier <cluster-snapshot> --engine <engine> --kms-key-id <kms-key>',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) =>
    eachCluster(inv, ctx, (c) =>
      c.storageEncrypted
        ? pass(c, `RDS DB cluster ${c.id} has storage encryption enabled.`)
        : fail(c, `RDS DB cluster ${c.id} is not encrypted at rest.`),
    ),
});
