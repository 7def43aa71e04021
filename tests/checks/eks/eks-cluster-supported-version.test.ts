import { describe, it, expect } from 'vitest';
import { eksClusterSupportedVersion as check } from '../../../src/checks/eks/eks-cluster-supported-version.js';
import { EKS_VERSIONS, versionStanding } from '../../../src/checks/eks/kubernetes-versions.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { eksCluster, eksClusterDetail, eksSection } from '../../builders/eks.js';

// The builders' NOW is 2026-06-15.
const one = (version: string | null) =>
  run(check, buildInventory({ eks: eksSection([eksCluster('c', 'us-east-1', { detail: ok(eksClusterDetail({ version })) })]) }))[0];

describe('eks-cluster-supported-version', () => {
  it('passes a version in standard support', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one('1.33')?.reason).toBe('EKS cluster c runs Kubernetes 1.33, in standard support until 2026-07-29.');
  });

  it('fails a version in extended support, as EKS.2 does', () => {
    const r = one('1.32');
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'EKS cluster c runs Kubernetes 1.32, whose standard support ended on 2026-03-23 (extended support until 2027-03-23).',
    );
  });

  it('fails a version past extended support, and one older than the calendar', () => {
    expect(one('1.28')?.reason).toBe('EKS cluster c runs Kubernetes 1.28, whose support ended on 2025-11-26.');
    expect(one('1.19')?.reason).toBe('EKS cluster c runs Kubernetes 1.19, older than every version Amazon EKS still supports.');
    expect(one('1.19')?.status).toBe('FAIL');
  });

  it('is UNKNOWN, never PASS, for a version newer than the calendar knows', () => {
    const r = one('1.99');
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('does not list it yet');
  });

  it('is UNKNOWN for a missing or malformed version', () => {
    expect(one(null)?.status).toBe('UNKNOWN');
    expect(one('latest')?.status).toBe('UNKNOWN');
  });

  it('is UNKNOWN when eks:DescribeCluster is denied', () => {
    const inv = buildInventory({ eks: eksSection([eksCluster('c', 'us-east-1', { detail: denied('eks:DescribeCluster') })]) });
    expect(run(check, inv)[0]?.reason).toContain('eks:DescribeCluster');
  });

  it('counts the last day of standard support as supported', () => {
    expect(versionStanding('1.33', new Date('2026-07-29T20:00:00Z')).kind).toBe('standard');
    expect(versionStanding('1.33', new Date('2026-07-30T00:00:01Z')).kind).toBe('extended');
  });

  it('keeps the calendar consistent: 14 months standard, 12 extended, versions in order', () => {
    for (const [i, row] of EKS_VERSIONS.entries()) {
      expect(Date.parse(row.released)).toBeLessThan(Date.parse(row.endOfStandardSupport));
      const ext = new Date(row.endOfStandardSupport);
      ext.setUTCFullYear(ext.getUTCFullYear() + 1);
      expect(ext.toISOString().slice(0, 10), row.version).toBe(row.endOfExtendedSupport);
      if (i > 0) expect(Number(row.version.split('.')[1])).toBe(Number(EKS_VERSIONS[i - 1]?.version.split('.')[1]) + 1);
    }
  });
});
