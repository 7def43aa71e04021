import { describe, expect, it } from 'vitest';
import { redshiftClusterAutomatedSnapshotsEnabled as check } from '../../../src/checks/redshift/redshift-cluster-automated-snapshots-enabled.js';
import { compliant, one } from './helpers.js';

describe('redshift-cluster-automated-snapshots-enabled', () => {
  it('passes a retention of 7 days or more', () => {
    expect(compliant(check).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one(check, { automatedSnapshotRetentionDays: 35 })?.reason).toBe('Redshift cluster c1 keeps automated snapshots for 35 days.');
  });

  it('fails automated snapshots turned off', () => {
    const r = one(check, { automatedSnapshotRetentionDays: 0 });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Redshift cluster c1 has automated snapshots turned off (retention period 0).');
  });

  it('fails a retention shorter than 7 days', () => {
    const r = one(check, { automatedSnapshotRetentionDays: 1 });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Redshift cluster c1 keeps automated snapshots for 1 day, fewer than 7.');
  });

  it('is UNKNOWN when redshift:DescribeClusters sent no retention period', () => {
    const r = one(check, { automatedSnapshotRetentionDays: null });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe(
      "Redshift cluster c1's automated snapshot retention could not be decided: redshift:DescribeClusters sent no AutomatedSnapshotRetentionPeriod.",
    );
  });
});
