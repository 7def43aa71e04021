import { describe, expect, it } from 'vitest';
import { redshiftClusterMultiAzEnabled as check } from '../../../src/checks/redshift/redshift-cluster-multi-az-enabled.js';
import { compliant, one } from './helpers.js';

describe('redshift-cluster-multi-az-enabled', () => {
  it('passes Multi-AZ clusters', () => {
    expect(compliant(check).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one(check)?.reason).toBe('Redshift cluster c1 has a Multi-AZ deployment.');
  });

  it('fails a single-AZ cluster', () => {
    const r = one(check, { multiAz: false });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Redshift cluster c1 does not have Multi-AZ enabled.');
  });

  it('is UNKNOWN when redshift:DescribeClusters sent no MultiAZ', () => {
    const r = one(check, { multiAz: null });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe('Whether Redshift cluster c1 is Multi-AZ could not be decided: redshift:DescribeClusters sent no MultiAZ.');
  });
});
