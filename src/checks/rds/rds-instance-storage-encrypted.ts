import { defineCheck, fail, pass } from '../define-check.js';
import { eachInstance } from './lib.js';

export const rdsInstanceStorageEncrypted = defineCheck({
  id: 'rds-instance-storage-encrypted',
  title: 'RDS DB instances are encrypted at rest',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbInstance',
  frameworks: { fsbp: ['RDS.3'], 'cis-3.0': ['2.3.1'], checklist: ['3.15'] },
  rationale:
    'Storage encryption covers the instance volume, its automated backups, read replicas and snapshots; without it anyone who obtains the storage or a snapshot reads the data.',
  remediation: {
    summary:
      'Encryption cannot be turned on for an existing instance: snapshot it, copy the snapshot with a KMS key, and restore the encrypted copy.',
    cli: 'aws rds copy-db-snapshot --source-db-snapshot-identifier <snapshot> --target-db-snapshot-identifier <snapshot>-encrypted --kms-key-id <kms-key>',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) =>
    eachInstance(inv, ctx, (i) =>
      i.storageEncrypted
        ? pass(i, `RDS DB instance ${i.id} has storage encryption enabled.`)
        : fail(i, `RDS DB instance ${i.id} is not encrypted at rest.`),
    ),
});
