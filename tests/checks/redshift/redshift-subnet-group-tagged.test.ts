import { describe, expect, it } from 'vitest';
import { redshiftSubnetGroupTagged as check } from '../../../src/checks/redshift/redshift-subnet-group-tagged.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { redshiftCluster, redshiftSection, redshiftSubnetGroup } from '../../builders/redshift.js';
import type { RedshiftRegion } from '../../../src/model/redshift.js';
import { R } from './helpers.js';

const results = (region: Partial<RedshiftRegion>) =>
  run(check, buildInventory({ redshift: redshiftSection([redshiftCluster('c1', R)], region) }));

describe('redshift-subnet-group-tagged', () => {
  it('passes a tagged cluster subnet group', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    const [r] = results({ subnetGroups: ok([redshiftSubnetGroup('private', R, { tagKeys: ['aws:cloudformation:stack-id', 'owner'] })]) });
    expect(r?.reason).toBe('Redshift cluster subnet group private has tag keys owner.');
  });

  it('fails a cluster subnet group without tags', () => {
    const [r] = results({ subnetGroups: ok([redshiftSubnetGroup('private', R, { tagKeys: [] })]) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Redshift cluster subnet group private has no tags.');
  });

  it('fails a cluster subnet group with system tags only', () => {
    const [r] = results({ subnetGroups: ok([redshiftSubnetGroup('private', R, { tagKeys: ['aws:cloudformation:stack-id'] })]) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Redshift cluster subnet group private has no tags other than AWS system tags.');
  });

  it('is UNKNOWN for the region when redshift:DescribeClusterSubnetGroups is denied', () => {
    const [r] = results({ subnetGroups: denied('redshift:DescribeClusterSubnetGroups', { region: R }) });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('redshift:DescribeClusterSubnetGroups');
  });

  it('is UNKNOWN naming redshift:DescribeClusterSubnetGroups on an inventory that predates the read', () => {
    const [r] = results({ subnetGroups: undefined });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('redshift:DescribeClusterSubnetGroups');
    expect(r?.reason).toContain('predates');
  });
});
