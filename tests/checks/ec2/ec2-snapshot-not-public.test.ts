import { describe, it, expect } from 'vitest';
import { ec2SnapshotNotPublic as check } from '../../../src/checks/ec2/ec2-snapshot-not-public.js';
import { ok, statusByArn } from '../../builders/index.js';
import { ec2Snapshot } from '../../builders/ec2.js';
import { deniedEc2, inRegion, R, runWith } from './helpers.js';

describe('ec2-snapshot-not-public', () => {
  it('passes for a private snapshot and one shared with an account', () => {
    const a = ec2Snapshot({ region: R });
    const b = ec2Snapshot({
      region: R,
      snapshotId: 'snap-0shared',
      createVolumePermissions: ok([{ group: null, userId: '444455556666', organizationArn: null }]),
    });
    expect(statusByArn(runWith(check, { snapshots: ok([a, b]) }))).toMatchObject({ [a.arn]: 'PASS', [b.arn]: 'PASS' });
  });

  it('fails for createVolumePermission group all', () => {
    const s = ec2Snapshot({ region: R, createVolumePermissions: ok([{ group: 'all', userId: null, organizationArn: null }]) });
    const [r] = inRegion(runWith(check, { snapshots: ok([s]) }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('publicly restorable');
  });

  it('is UNKNOWN for the snapshot when DescribeSnapshotAttribute is denied', () => {
    const s = ec2Snapshot({ region: R, createVolumePermissions: deniedEc2('ec2:DescribeSnapshotAttribute') });
    const [r] = inRegion(runWith(check, { snapshots: ok([s]) }));
    expect(r?.resourceArn).toBe(s.arn);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ec2:DescribeSnapshotAttribute');
  });

  it('is UNKNOWN naming the action when DescribeSnapshots is denied', () => {
    const [r] = inRegion(runWith(check, { snapshots: deniedEc2('ec2:DescribeSnapshots') }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ec2:DescribeSnapshots');
  });
});
