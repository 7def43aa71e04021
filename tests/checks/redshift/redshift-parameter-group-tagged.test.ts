import { describe, expect, it } from 'vitest';
import { redshiftParameterGroupTagged as check } from '../../../src/checks/redshift/redshift-parameter-group-tagged.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { redshiftCluster, redshiftSection, redshiftParameterGroup } from '../../builders/redshift.js';
import type { RedshiftRegion } from '../../../src/model/redshift.js';
import { R } from './helpers.js';

const results = (region: Partial<RedshiftRegion>) =>
  run(check, buildInventory({ redshift: redshiftSection([redshiftCluster('c1', R)], region) }));

describe('redshift-parameter-group-tagged', () => {
  it('passes a tagged cluster parameter group', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    const [r] = results({
      parameterGroupList: ok([redshiftParameterGroup('params', R, { tagKeys: ['aws:cloudformation:stack-id', 'owner'] })]),
    });
    expect(r?.reason).toBe('Redshift cluster parameter group params has tag keys owner.');
  });

  it('fails a cluster parameter group without tags', () => {
    const [r] = results({ parameterGroupList: ok([redshiftParameterGroup('params', R, { tagKeys: [] })]) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Redshift cluster parameter group params has no tags.');
  });

  it('fails a cluster parameter group with system tags only', () => {
    const [r] = results({ parameterGroupList: ok([redshiftParameterGroup('params', R, { tagKeys: ['aws:cloudformation:stack-id'] })]) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Redshift cluster parameter group params has no tags other than AWS system tags.');
  });

  it('is UNKNOWN for the region when redshift:DescribeClusterParameterGroups is denied', () => {
    const [r] = results({ parameterGroupList: denied('redshift:DescribeClusterParameterGroups', { region: R }) });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('redshift:DescribeClusterParameterGroups');
  });

  it('is UNKNOWN naming redshift:DescribeClusterParameterGroups on an inventory that predates the read', () => {
    const [r] = results({ parameterGroupList: undefined });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('redshift:DescribeClusterParameterGroups');
    expect(r?.reason).toContain('predates');
  });
});
