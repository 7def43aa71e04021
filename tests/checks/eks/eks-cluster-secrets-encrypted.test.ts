import { describe, it, expect } from 'vitest';
import { eksClusterSecretsEncrypted as check } from '../../../src/checks/eks/eks-cluster-secrets-encrypted.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { eksCluster, eksClusterDetail, eksSection } from '../../builders/eks.js';
import type { EksClusterDetail } from '../../../src/model/eks.js';

const one = (d: Partial<EksClusterDetail>) =>
  run(check, buildInventory({ eks: eksSection([eksCluster('c', 'us-east-1', { detail: ok(eksClusterDetail(d)) })]) }))[0];

describe('eks-cluster-secrets-encrypted', () => {
  it('passes clusters whose encryptionConfig names secrets', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('EKS cluster c encrypts Kubernetes secrets with a KMS key (encryptionConfig names secrets).');
  });

  it('fails a cluster without secrets encryption', () => {
    const r = one({ encryptedResources: [] });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('EKS cluster c has no encryptionConfig for Kubernetes secrets.');
  });

  it('is UNKNOWN when eks:DescribeCluster is denied', () => {
    const inv = buildInventory({ eks: eksSection([eksCluster('c', 'us-east-1', { detail: denied('eks:DescribeCluster') })]) });
    expect(run(check, inv)[0]?.reason).toContain('eks:DescribeCluster');
    expect(run(check, inv)[0]?.status).toBe('UNKNOWN');
  });
});
