import { defineCheck, eachRegional, fail, pass, unknown } from '../define-check.js';

export const eksClusterSecretsEncrypted = defineCheck({
  id: 'eks-cluster-secrets-encrypted',
  title: 'EKS clusters encrypt Kubernetes secrets with a KMS key',
  service: 'eks',
  severity: 'medium',
  resourceType: 'AwsEksCluster',
  frameworks: { fsbp: ['EKS.3'] },
  rationale:
    'Envelope encryption of Kubernetes secrets with a customer KMS key adds a layer of protection to the secrets etcd holds and puts their decryption under key policy and CloudTrail. As Security Hub EKS.3 (AWS Config eks-secrets-encrypted), a cluster passes only when its encryptionConfig names the secrets resource.',
  remediation: {
    summary: 'Associate a KMS key with the cluster for secrets encryption (it cannot be turned off afterwards).',
    cli: 'aws eks associate-encryption-config --cluster-name <cluster> --encryption-config \'[{"resources":["secrets"],"provider":{"keyArn":"<kms-key-arn>"}}]\'',
    docs: 'https://docs.aws.amazon.com/eks/latest/userguide/enable-kms.html',
  },
  reads: ['eks'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.eks.clusters, 'eks', (cluster) => {
      if (!cluster.detail.ok) return unknown(cluster, cluster.detail.error);
      return cluster.detail.value.encryptedResources.includes('secrets')
        ? pass(cluster, `EKS cluster ${cluster.name} encrypts Kubernetes secrets with a KMS key (encryptionConfig names secrets).`)
        : fail(cluster, `EKS cluster ${cluster.name} has no encryptionConfig for Kubernetes secrets.`);
    }),
});
