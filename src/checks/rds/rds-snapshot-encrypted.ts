import { defineCheck, fail, pass } from '../define-check.js';
import { eachSnapshot } from './lib.js';

export const rdsSnapshotEncrypted = defineCheck({
  id: 'rds-snapshot-encrypted',
  title: 'RDS DB snapshots and DB cluster snapshots are encrypted at rest',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbSnapshot',
  frameworks: { fsbp: ['RDS.4'], checklist: ['3.15'] },
  rationale: 'An unencrypted snapshot is a full copy of the database that anyone it is shared with, or who obtains the storage, can read.',
  remediation: {
    summary: 'Copy the snapshot with a KMS key, then delete the unencrypted one.',
    cli: 'aws rds copy-db-snapshot --source-db-snapshot-identifier <snapshot> --target-db-snapshot-identifier <snapshot>-encrypted --kms-key-id <kms-key>',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html',
  },
  reads: ['rds'],
  evaluate: (inv, ctx) =>
    eachSnapshot(inv, ctx, (s, ref, noun) =>
      s.encrypted ? pass(ref, `${noun} ${s.id} is encrypted.`) : fail(ref, `${noun} ${s.id} is not encrypted at rest.`),
    ),
});
