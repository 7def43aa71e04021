import { describe, expect, it } from 'vitest';
import { redshiftClusterTagged as check } from '../../../src/checks/redshift/redshift-cluster-tagged.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { compliant, one } from './helpers.js';

describe('redshift-cluster-tagged', () => {
  it('passes tagged clusters', () => {
    expect(compliant(check).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one(check, { tagKeys: ['aws:cloudformation:stack-id', 'owner'] })?.reason).toBe('Redshift cluster c1 has tag keys owner.');
  });

  it('fails a cluster without tags', () => {
    const r = one(check, { tagKeys: [] });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Redshift cluster c1 has no tags.');
  });

  it('fails a cluster with system tags only', () => {
    const r = one(check, { tagKeys: ['aws:cloudformation:stack-id'] });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Redshift cluster c1 has no tags other than AWS system tags.');
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
