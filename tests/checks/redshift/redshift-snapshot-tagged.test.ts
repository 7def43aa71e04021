import { describe, expect, it } from 'vitest';
import { redshiftSnapshotTagged as check } from '../../../src/checks/redshift/redshift-snapshot-tagged.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { redshiftCluster, redshiftSection, redshiftSnapshot } from '../../builders/redshift.js';
import type { RedshiftRegion } from '../../../src/model/redshift.js';
import { R } from './helpers.js';

const results = (region: Partial<RedshiftRegion>) =>
  run(check, buildInventory({ redshift: redshiftSection([redshiftCluster('c1', R)], region) }));

describe('redshift-snapshot-tagged', () => {
  it('passes a tagged cluster snapshot', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    const [r] = results({ snapshots: ok([redshiftSnapshot('s1', 'c1', R, { tagKeys: ['aws:cloudformation:stack-id', 'owner'] })]) });
    expect(r?.reason).toBe('Redshift cluster snapshot s1 of cluster c1 has tag keys owner.');
  });

  it('fails a cluster snapshot without tags', () => {
    const [r] = results({ snapshots: ok([redshiftSnapshot('s1', 'c1', R, { tagKeys: [] })]) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Redshift cluster snapshot s1 of cluster c1 has no tags.');
  });

  it('fails a cluster snapshot with system tags only', () => {
    const [r] = results({ snapshots: ok([redshiftSnapshot('s1', 'c1', R, { tagKeys: ['aws:cloudformation:stack-id'] })]) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Redshift cluster snapshot s1 of cluster c1 has no tags other than AWS system tags.');
  });

  it('is UNKNOWN for the region when redshift:DescribeClusterSnapshots is denied', () => {
    const [r] = results({ snapshots: denied('redshift:DescribeClusterSnapshots', { region: R }) });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('redshift:DescribeClusterSnapshots');
  });

  it('is UNKNOWN naming redshift:DescribeClusterSnapshots on an inventory that predates the read', () => {
    const [r] = results({ snapshots: undefined });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('redshift:DescribeClusterSnapshots');
    expect(r?.reason).toContain('predates');
  });
});
