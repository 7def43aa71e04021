import { describe, it, expect } from 'vitest';
import { rdsSnapshotTagged as check } from '../../../src/checks/rds/rds-snapshot-tagged.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { oneRegion, rdsSnapshot } from '../../builders/rds.js';
import type { RdsRegion } from '../../../src/model/rds.js';

const R = 'eu-west-1';
const results = (overrides: Partial<RdsRegion>) => run(check, buildInventory({ rds: oneRegion(overrides) }));

describe('rds-snapshot-tagged', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes a resource with a tag', () => {
    const [r, ...rest] = results({ snapshots: ok([rdsSnapshot('s1', R, { tagKeys: ['aws:cloudformation:stack-name', 'owner'] })]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('RDS DB snapshot s1 has tags (owner).');
  });

  it('fails a resource with only system tags', () => {
    const [r, ...rest] = results({ snapshots: ok([rdsSnapshot('s1', R, { tagKeys: ['aws:cloudformation:stack-name'] })]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('RDS DB snapshot s1 has no tags.');
  });

  it('fails a resource without tags', () => {
    const [r, ...rest] = results({ snapshots: ok([rdsSnapshot('s1', R, { tagKeys: [] })]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('RDS DB snapshot s1 has no tags.');
  });

  it('is UNKNOWN naming rds:DescribeDBSnapshots when it is denied', () => {
    const r = results({ snapshots: denied('rds:DescribeDBSnapshots') }).find((x) => x.status === 'UNKNOWN');
    expect(r?.reason).toContain('rds:DescribeDBSnapshots');
  });
});
