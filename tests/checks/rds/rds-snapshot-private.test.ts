import { describe, it, expect } from 'vitest';
import { rdsSnapshotPrivate as check } from '../../../src/checks/rds/rds-snapshot-private.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { oneRegion, rdsSnapshot } from '../../builders/rds.js';
import type { RdsRegion } from '../../../src/model/rds.js';

const R = 'eu-west-1';
const results = (overrides: Partial<RdsRegion>) => run(check, buildInventory({ rds: oneRegion(overrides) }));

describe('rds-snapshot-private', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes a private manual DB snapshot', () => {
    const [r, ...rest] = results({ snapshots: ok([rdsSnapshot('s1', R)]), clusterSnapshots: ok([]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('RDS DB snapshot s1 is not public.');
  });

  it('passes an automated snapshot, which cannot be shared', () => {
    const [r, ...rest] = results({
      snapshots: ok([rdsSnapshot('s1', R, { type: 'automated', restorableBy: ok(null) })]),
      clusterSnapshots: ok([]),
    });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('RDS DB snapshot s1 is a snapshot of type automated, which cannot be shared.');
  });

  it('fails a public DB snapshot', () => {
    const [r, ...rest] = results({
      snapshots: ok([rdsSnapshot('s1', R, { restorableBy: ok(['all', '444455556666']) })]),
      clusterSnapshots: ok([]),
    });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('RDS DB snapshot s1 is public: any AWS account may restore it.');
  });

  it('fails a public DB cluster snapshot', () => {
    const [r, ...rest] = results({
      snapshots: ok([]),
      clusterSnapshots: ok([rdsSnapshot('cs1', R, { restorableBy: ok(['all']) }, 'cluster-snapshot')]),
    });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('RDS DB cluster snapshot cs1 is public: any AWS account may restore it.');
  });

  it('is UNKNOWN naming rds:DescribeDBSnapshotAttributes when it is denied', () => {
    const r = results({
      snapshots: ok([rdsSnapshot('s1', R, { restorableBy: denied('rds:DescribeDBSnapshotAttributes') })]),
      clusterSnapshots: ok([]),
    }).find((x) => x.status === 'UNKNOWN');
    expect(r?.reason).toContain('rds:DescribeDBSnapshotAttributes');
  });

  it('is UNKNOWN naming rds:DescribeDBClusterSnapshots when it is denied', () => {
    const r = results({ clusterSnapshots: denied('rds:DescribeDBClusterSnapshots'), snapshots: ok([]) }).find(
      (x) => x.status === 'UNKNOWN',
    );
    expect(r?.reason).toContain('rds:DescribeDBClusterSnapshots');
  });
});
