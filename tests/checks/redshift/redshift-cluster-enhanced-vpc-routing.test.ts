import { describe, expect, it } from 'vitest';
import { redshiftClusterEnhancedVpcRouting as check } from '../../../src/checks/redshift/redshift-cluster-enhanced-vpc-routing.js';
import { compliant, one } from './helpers.js';

describe('redshift-cluster-enhanced-vpc-routing', () => {
  it('passes clusters with enhanced VPC routing', () => {
    expect(compliant(check).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one(check)?.reason).toBe('Redshift cluster c1 uses enhanced VPC routing.');
  });

  it('fails a cluster without it', () => {
    const r = one(check, { enhancedVpcRouting: false });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Redshift cluster c1 does not use enhanced VPC routing.');
  });

  it('is UNKNOWN when redshift:DescribeClusters sent no EnhancedVpcRouting', () => {
    const r = one(check, { enhancedVpcRouting: null });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe(
      'Whether Redshift cluster c1 uses enhanced VPC routing could not be decided: redshift:DescribeClusters sent no EnhancedVpcRouting.',
    );
  });
});
