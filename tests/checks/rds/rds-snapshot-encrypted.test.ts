import { describe, it, expect } from 'vitest';
import { rdsSnapshotEncrypted as check } from '../../../src/checks/rds/rds-snapshot-encrypted.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { oneRegion, rdsSnapshot } from '../../builders/rds.js';
import type { RdsRegion } from '../../../src/model/rds.js';

const R = 'eu-west-1';
const results = (overrides: Partial<RdsRegion>) => run(check, buildInventory({ rds: oneRegion(overrides) }));

describe('rds-snapshot-encrypted', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes an encrypted DB snapshot', () => {
    const [r, ...rest] = results({ snapshots: ok([rdsSnapshot('s1', R)]), clusterSnapshots: ok([]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('RDS DB snapshot s1 is encrypted.');
  });

  it('fails an unencrypted DB snapshot', () => {
    const [r, ...rest] = results({ snapshots: ok([rdsSnapshot('s1', R, { encrypted: false })]), clusterSnapshots: ok([]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('RDS DB snapshot s1 is not encrypted at rest.');
  });

  it('fails an unencrypted DB cluster snapshot', () => {
    const [r, ...rest] = results({
      snapshots: ok([]),
      clusterSnapshots: ok([rdsSnapshot('cs1', R, { encrypted: false }, 'cluster-snapshot')]),
    });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('RDS DB cluster snapshot cs1 is not encrypted at rest.');
  });

  it('is UNKNOWN naming rds:DescribeDBSnapshots when it is denied', () => {
    const r = results({ snapshots: denied('rds:DescribeDBSnapshots'), clusterSnapshots: ok([]) }).find((x) => x.status === 'UNKNOWN');
    expect(r?.reason).toContain('rds:DescribeDBSnapshots');
  });
});
