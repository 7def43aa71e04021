import { describe, expect, it } from 'vitest';
import { redshiftClusterVersionUpgradeEnabled as check } from '../../../src/checks/redshift/redshift-cluster-version-upgrade-enabled.js';
import { compliant, one } from './helpers.js';

describe('redshift-cluster-version-upgrade-enabled', () => {
  it('passes clusters that allow version upgrades', () => {
    expect(compliant(check).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one(check)?.reason).toBe('Redshift cluster c1 allows automatic major version upgrades.');
  });

  it('fails a cluster that does not', () => {
    const r = one(check, { allowVersionUpgrade: false });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Redshift cluster c1 does not allow automatic major version upgrades.');
  });

  it('is UNKNOWN when redshift:DescribeClusters sent no AllowVersionUpgrade', () => {
    const r = one(check, { allowVersionUpgrade: null });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe(
      'Whether Redshift cluster c1 allows version upgrades could not be decided: redshift:DescribeClusters sent no AllowVersionUpgrade.',
    );
  });
});
