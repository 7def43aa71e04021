import { describe, expect, it } from 'vitest';
import { redshiftClusterInVpc as check } from '../../../src/checks/redshift/redshift-cluster-in-vpc.js';
import { compliant, one } from './helpers.js';

describe('redshift-cluster-in-vpc', () => {
  it('passes clusters in a VPC', () => {
    expect(compliant(check).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one(check)?.reason).toBe('Redshift cluster c1 runs in VPC vpc-0a1b2c3d4e5f60001.');
  });

  it('fails a cluster outside any VPC', () => {
    const r = one(check, { vpcId: null });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Redshift cluster c1 does not run in a VPC.');
  });
});
