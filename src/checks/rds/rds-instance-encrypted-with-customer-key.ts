import { defineCheck, fail, missingData, pass, undecided, unknown } from '../define-check.js';
import { accountKey } from '../lib/kms-key.js';
import { eachInstance } from './lib.js';

/**
 * Checklist row 3.20: encryption under a key whose policy the account controls. Stricter than
 * RDS.3 (any encryption), so it carries no control ID. Whether the key is customer managed comes
 * from the KMS section (DescribeKey KeyManager), never from the key's alias.
 */
export const rdsInstanceEncryptedWithCustomerKey = defineCheck({
  id: 'rds-instance-encrypted-with-customer-key',
  title: 'RDS DB instances are encrypted with customer managed KMS keys',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AwsRdsDbInstance',
  frameworks: { checklist: ['3.20'] },
  rationale:
    'With the AWS managed aws/rds key, anyone in the account allowed to use RDS can use the key, and its policy cannot be changed; a customer managed key puts decryption of the database, its snapshots and replicas under a key policy you control, audit and can revoke, and lets snapshots be shared safely.',
  remediation: {
    summary:
      'An instance cannot change its key in place: copy a snapshot with a customer managed key (copy-db-snapshot --kms-key-id) and restore the instance from it, then switch clients over.',
    cli: 'aws rds copy-db-snapshot --source-db-snapshot-identifier <snapshot> --target-db-snapshot-identifier <snapshot>-cmk --kms-key-id <customer-managed-key-arn>',
    docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.Keys.html',
  },
  reads: ['rds', 'kms'],
  evaluate: (inv, ctx) =>
    eachInstance(inv, ctx, (i) => {
      if (!i.storageEncrypted) return fail(i, `RDS DB instance ${i.id} is not encrypted at rest.`);
      if (i.kmsKeyId === undefined)
        return unknown(
          i,
          missingData('rds:DescribeDBInstances', i.arn, 'the inventory does not record the KmsKeyId', { region: i.region }),
        );
      if (i.kmsKeyId === null) return undecided(i, `RDS DB instance ${i.id} is encrypted but reports no KmsKeyId.`);
      const found = accountKey(inv.kms, i.region, i.kmsKeyId, i.arn);
      if (!found.ok) return unknown(i, found.error);
      const key = found.value;
      if (!key)
        return undecided(
          i,
          `RDS DB instance ${i.id} is encrypted with KMS key ${i.kmsKeyId}, which is not among this account's keys in ${i.region}.`,
        );
      if (!key.metadata.ok) return unknown(i, key.metadata.error);
      const name = key.aliases[0] ?? key.keyId;
      return key.metadata.value.keyManager === 'CUSTOMER'
        ? pass(i, `RDS DB instance ${i.id} is encrypted with customer managed KMS key ${name}.`)
        : fail(i, `RDS DB instance ${i.id} is encrypted with AWS managed KMS key ${name}.`);
    }),
});
