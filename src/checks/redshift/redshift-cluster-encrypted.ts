import { defineCheck, fail, pass } from '../define-check.js';
import { eachCluster } from './lib.js';

export const redshiftClusterEncrypted = defineCheck({
  id: 'redshift-cluster-encrypted',
  title: 'Redshift clusters are encrypted at rest',
  service: 'redshift',
  severity: 'medium',
  resourceType: 'AwsRedshiftCluster',
  frameworks: { fsbp: ['Redshift.10'] },
  rationale:
    'Encryption at rest protects the data blocks, system metadata and snapshots of the cluster from anyone who reaches the storage rather than the database. As Security Hub Redshift.10 (no key parameter by default), a cluster passes when it is encrypted, whatever the KMS key; whether the key is customer managed is judged by redshift-cluster-encrypted-with-customer-key.',
  remediation: {
    summary: 'Encrypt the cluster with a KMS key (Amazon Redshift migrates the data in place).',
    cli: 'aws redshift modify-cluster --cluster-identifier <cluster> --encrypted --kms-key-id <key-arn>',
    console:
      'Amazon Redshift console > Clusters > <cluster> > Properties > Database configurations > Edit encryption > Use AWS KMS > Save changes.',
    docs: 'https://docs.aws.amazon.com/redshift/latest/mgmt/changing-cluster-encryption.html',
  },
  reads: ['redshift'],
  evaluate: (inv, ctx) =>
    eachCluster(inv, ctx, (c) =>
      c.encrypted
        ? pass(c, `Redshift cluster ${c.id} is encrypted at rest${c.kmsKeyId ? ` with KMS key ${c.kmsKeyId}` : ''}.`)
        : fail(c, `Redshift cluster ${c.id} is not encrypted at rest.`),
    ),
});
