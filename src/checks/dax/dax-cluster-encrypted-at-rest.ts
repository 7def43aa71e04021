import { defineCheck, eachRegional, fail, pass } from '../define-check.js';

export const daxClusterEncryptedAtRest = defineCheck({
  id: 'dax-cluster-encrypted-at-rest',
  title: 'DynamoDB Accelerator (DAX) clusters are encrypted at rest',
  service: 'dax',
  severity: 'medium',
  resourceType: 'Other',
  frameworks: { fsbp: ['DynamoDB.3'] },
  rationale:
    'A DAX cluster caches table items, and with them whatever the table protects, on its nodes’ disks and in its logs. As Security Hub DynamoDB.3, a cluster fails unless server-side encryption at rest is enabled; it can only be chosen when the cluster is created.',
  remediation: {
    summary:
      'Encryption at rest cannot be turned on for an existing cluster: create a new cluster with it enabled, move the clients to its endpoint and delete the old one.',
    cli: 'aws dax create-cluster --cluster-name <new-cluster-name> --node-type <node-type> --replication-factor 3 --iam-role-arn <role-arn> --sse-specification Enabled=true --cluster-endpoint-encryption-type TLS',
    console: 'DynamoDB console > DAX > Clusters > Create cluster > Encryption: Turn on encryption at rest.',
    docs: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionAtRest.html',
  },
  reads: ['dax'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.dax.clusters, 'dax', (c) =>
      c.sseStatus === 'ENABLED'
        ? pass(c, `DAX cluster ${c.name} is encrypted at rest.`)
        : fail(c, `DAX cluster ${c.name} is not encrypted at rest (server-side encryption ${c.sseStatus ?? 'not configured'}).`),
    ),
});
