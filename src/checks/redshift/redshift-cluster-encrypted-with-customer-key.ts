import { defineCheck, fail, pass, undecided, unknown } from '../define-check.js';
import { accountKey } from '../lib/kms-key.js';
import { eachCluster } from './lib.js';

export const redshiftClusterEncryptedWithCustomerKey = defineCheck({
  id: 'redshift-cluster-encrypted-with-customer-key',
  title: 'Redshift clusters are encrypted with customer managed KMS keys',
  service: 'redshift',
  severity: 'medium',
  resourceType: 'AwsRedshiftCluster',
  frameworks: { checklist: ['3.23'] },
  rationale:
    'Stricter than Security Hub Redshift.10, which accepts any encryption: a customer managed key puts decryption of the warehouse and its snapshots under a key policy you control, audit and can revoke. Whether the key is customer managed comes from the KMS section (DescribeKey KeyManager).',
  remediation: {
    summary: 'Re-encrypt the cluster with a customer managed KMS key (Amazon Redshift migrates the data in place).',
    cli: 'aws redshift modify-cluster --cluster-identifier <cluster> --encrypted --kms-key-id <customer-managed-key-arn>',
    console:
      'Amazon Redshift console > Clusters > <cluster> > Properties > Database configurations > Edit encryption > Use AWS KMS > choose a customer managed key > Save changes.',
    docs: 'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html',
  },
  reads: ['redshift', 'kms'],
  evaluate: (inv, ctx) =>
    eachCluster(inv, ctx, (c, _data, region) => {
      if (!c.encrypted) return fail(c, `Redshift cluster ${c.id} is not encrypted at rest.`);
      if (!c.kmsKeyId) return fail(c, `Redshift cluster ${c.id} is encrypted without a KMS key of the account (no KmsKeyId).`);
      const found = accountKey(inv.kms, region, c.kmsKeyId, c.arn);
      if (!found.ok) return unknown(c, found.error);
      const key = found.value;
      if (!key)
        return undecided(
          c,
          `Redshift cluster ${c.id} is encrypted with KMS key ${c.kmsKeyId}, which is not among this account's keys in ${region}.`,
        );
      if (!key.metadata.ok) return unknown(c, key.metadata.error);
      const name = key.aliases[0] ?? key.keyId;
      return key.metadata.value.keyManager === 'CUSTOMER'
        ? pass(c, `Redshift cluster ${c.id} is encrypted with customer managed KMS key ${name}.`)
        : fail(c, `Redshift cluster ${c.id} is encrypted with AWS managed KMS key ${name}.`);
    }),
});
