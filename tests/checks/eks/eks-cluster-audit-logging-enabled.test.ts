import { describe, it, expect } from 'vitest';
import { eksClusterAuditLoggingEnabled as check } from '../../../src/checks/eks/eks-cluster-audit-logging-enabled.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { eksCluster, eksClusterDetail, eksSection } from '../../builders/eks.js';
import type { EksClusterDetail } from '../../../src/model/eks.js';

const one = (d: Partial<EksClusterDetail>) =>
  run(check, buildInventory({ eks: eksSection([eksCluster('c', 'us-east-1', { detail: ok(eksClusterDetail(d)) })]) }))[0];

describe('eks-cluster-audit-logging-enabled', () => {
  it('passes clusters with the audit log type on', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('EKS cluster c sends audit logs to CloudWatch Logs.');
  });

  it('fails a cluster that logs other types but not audit', () => {
    const r = one({ enabledLogTypes: ['api', 'authenticator'] });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('EKS cluster c logs api, authenticator but not audit.');
  });

  it('fails a cluster with no control plane logging', () => {
    const r = one({ enabledLogTypes: [] });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('EKS cluster c has no control plane logging enabled.');
  });

  it('is UNKNOWN when eks:DescribeCluster is denied', () => {
    const inv = buildInventory({ eks: eksSection([eksCluster('c', 'us-east-1', { detail: denied('eks:DescribeCluster') })]) });
    expect(run(check, inv)[0]?.status).toBe('UNKNOWN');
    expect(run(check, inv)[0]?.reason).toContain('eks:DescribeCluster');
  });
});
