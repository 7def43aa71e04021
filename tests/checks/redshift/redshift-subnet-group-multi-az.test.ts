import { describe, expect, it } from 'vitest';
import { redshiftSubnetGroupMultiAz as check } from '../../../src/checks/redshift/redshift-subnet-group-multi-az.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { redshiftCluster, redshiftSection, redshiftSubnetGroup } from '../../builders/redshift.js';
import type { RedshiftRegion, RedshiftSubnetGroup } from '../../../src/model/redshift.js';
import { R } from './helpers.js';

const results = (region: Partial<RedshiftRegion>) =>
  run(check, buildInventory({ redshift: redshiftSection([redshiftCluster('c1', R)], region) }));
const group = (o: Partial<RedshiftSubnetGroup>) => results({ subnetGroups: ok([redshiftSubnetGroup('private', R, o)]) })[0];

describe('redshift-subnet-group-multi-az', () => {
  it('passes a subnet group with subnets in two Availability Zones', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(group({})?.reason).toBe('Redshift cluster subnet group private has subnets in 2 Availability Zones (eu-west-1a, eu-west-1b).');
  });

  it('fails a subnet group in one Availability Zone', () => {
    const r = group({ availabilityZones: ['eu-west-1a'] });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Redshift cluster subnet group private has subnets in only one Availability Zone (eu-west-1a).');
  });

  it('fails a subnet group whose subnets report no Availability Zone', () => {
    const r = group({ availabilityZones: [], subnetIds: ['subnet-1'] });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Redshift cluster subnet group private reports no Availability Zone for its 1 subnet.');
  });

  it('is UNKNOWN when redshift:DescribeClusterSubnetGroups is denied or was not read', () => {
    const [d] = results({ subnetGroups: denied('redshift:DescribeClusterSubnetGroups', { region: R }) });
    expect(d?.status).toBe('UNKNOWN');
    expect(d?.reason).toContain('redshift:DescribeClusterSubnetGroups');
    const [old] = results({ subnetGroups: undefined });
    expect(old?.status).toBe('UNKNOWN');
    expect(old?.reason).toContain('redshift:DescribeClusterSubnetGroups');
  });
});
