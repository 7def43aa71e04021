import { describe, it, expect } from 'vitest';
import { eksClusterEndpointNotPublic as check } from '../../../src/checks/eks/eks-cluster-endpoint-not-public.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { eksCluster, eksClusterDetail, eksSection } from '../../builders/eks.js';
import type { EksClusterDetail } from '../../../src/model/eks.js';

const one = (d: Partial<EksClusterDetail>) =>
  run(check, buildInventory({ eks: eksSection([eksCluster('c', 'us-east-1', { detail: ok(eksClusterDetail(d)) })]) }))[0];

describe('eks-cluster-endpoint-not-public', () => {
  it('passes clusters with public endpoint access off', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('EKS cluster c has public endpoint access turned off.');
  });

  it('fails a public endpoint, naming the allowed CIDRs', () => {
    const r = one({ endpointPublicAccess: true, publicAccessCidrs: ['0.0.0.0/0'] });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('EKS cluster c has a publicly accessible API server endpoint (allowed from 0.0.0.0/0).');
  });

  it('fails a public endpoint even when narrowed to some CIDRs, as EKS.1 does', () => {
    expect(one({ endpointPublicAccess: true, publicAccessCidrs: ['203.0.113.0/24'] })?.status).toBe('FAIL');
    expect(one({ endpointPublicAccess: true, publicAccessCidrs: [] })?.reason).toBe(
      'EKS cluster c has a publicly accessible API server endpoint.',
    );
  });

  it('is UNKNOWN when the answer lacks endpointPublicAccess', () => {
    const r = one({ endpointPublicAccess: null });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('DescribeCluster returned no endpointPublicAccess');
  });

  it('is UNKNOWN when eks:DescribeCluster is denied', () => {
    const inv = buildInventory({ eks: eksSection([eksCluster('c', 'us-east-1', { detail: denied('eks:DescribeCluster') })]) });
    const [r] = run(check, inv);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('eks:DescribeCluster');
  });

  it('is UNKNOWN for the region when eks:ListClusters is denied', () => {
    const [r] = run(check, buildInventory({ eks: { clusters: { 'eu-west-1': denied('eks:ListClusters', { region: 'eu-west-1' }) } } }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('eks:ListClusters');
  });
});
