import { describe, expect, it } from 'vitest';
import { redshiftClusterNotPublic as check } from '../../../src/checks/redshift/redshift-cluster-not-public.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { compliant, one } from './helpers.js';

describe('redshift-cluster-not-public', () => {
  it('passes private clusters', () => {
    expect(compliant(check).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one(check)?.reason).toBe('Redshift cluster c1 is not publicly accessible.');
  });

  it('fails a publicly accessible cluster', () => {
    const r = one(check, { publiclyAccessible: true });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Redshift cluster c1 is publicly accessible.');
  });

  it('is UNKNOWN for the region when redshift:DescribeClusters is denied', () => {
    const inv = buildInventory({
      redshift: {
        regions: { 'eu-west-1': { clusters: denied('redshift:DescribeClusters', { region: 'eu-west-1' }), parameterGroups: {} } },
      },
    });
    const [r] = run(check, inv);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('redshift:DescribeClusters');
  });
});
