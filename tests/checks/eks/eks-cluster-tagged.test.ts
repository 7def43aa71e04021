import { describe, expect, it } from 'vitest';
import { eksClusterTagged as check } from '../../../src/checks/eks/eks-cluster-tagged.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { eksCluster, eksClusterDetail, eksSection } from '../../builders/eks.js';
import type { EksClusterDetail } from '../../../src/model/eks.js';

const one = (detail: Partial<EksClusterDetail>) =>
  run(check, buildInventory({ eks: eksSection([eksCluster('prod', 'us-east-1', { detail: ok(eksClusterDetail(detail)) })]) }))[0];

describe('eks-cluster-tagged', () => {
  it('passes a tagged cluster', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({ tagKeys: ['aws:eks:cluster-name', 'team'] })?.reason).toBe('EKS cluster prod has tag keys team.');
  });

  it('fails a cluster without user tags', () => {
    expect(one({ tagKeys: [] })?.reason).toBe('EKS cluster prod has no tags.');
    const r = one({ tagKeys: ['aws:cloudformation:stack-name'] });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('EKS cluster prod has no tags other than AWS system tags.');
  });

  it('is UNKNOWN when eks:DescribeCluster is denied or the inventory predates cluster tags', () => {
    const [d] = run(
      check,
      buildInventory({ eks: eksSection([eksCluster('prod', 'us-east-1', { detail: denied('eks:DescribeCluster') })]) }),
    );
    expect(d?.status).toBe('UNKNOWN');
    expect(d?.reason).toContain('eks:DescribeCluster');
    const old = one({ tagKeys: undefined });
    expect(old?.status).toBe('UNKNOWN');
    expect(old?.reason).toContain('predates');
  });
});
