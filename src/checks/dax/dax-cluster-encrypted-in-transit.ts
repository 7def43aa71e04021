import { defineCheck, eachRegional, fail, pass } from '../define-check.js';

export const daxClusterEncryptedInTransit = defineCheck({
  id: 'dax-cluster-encrypted-in-transit',
  title: 'DynamoDB Accelerator (DAX) cluster endpoints use TLS',
  service: 'dax',
  severity: 'medium',
  resourceType: 'Other',
  frameworks: { fsbp: ['DynamoDB.7'] },
  rationale:
    'Without TLS, items read through the cache cross the network in clear text between the application and the cluster. As Security Hub DynamoDB.7, a cluster fails unless its endpoint encryption type is TLS, which can only be chosen when the cluster is created.',
  remediation: {
    summary:
      'Endpoint encryption cannot be changed on an existing cluster: create a new cluster with TLS, move the clients (with a TLS-capable DAX client) to its endpoint and delete the old one.',
    cli: 'aws dax create-cluster --cluster-name <new-cluster-name> --node-type <node-type> --replication-factor 3 --iam-role-arn <role-arn> --sse-specification Enabled=true --cluster-endpoint-encryption-type TLS',
    console: 'DynamoDB console > DAX > Clusters > Create cluster > Encryption: Turn on encryption in transit.',
    docs: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionInTransit.html',
  },
  reads: ['dax'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.dax.clusters, 'dax', (c) =>
      c.endpointEncryptionType === 'TLS'
        ? pass(c, `DAX cluster ${c.name} encrypts its endpoint traffic with TLS.`)
        : fail(
            c,
            `DAX cluster ${c.name} does not encrypt its endpoint traffic (endpoint encryption ${c.endpointEncryptionType ?? 'NONE'}).`,
          ),
    ),
});
