import { describe, it, expect } from 'vitest';
import { ec2InstanceAmiRecent as check } from '../../../src/checks/ec2/ec2-instance-ami-recent.js';
import { DEFAULT_SETTINGS } from '../../../src/evaluate/settings.js';
import { daysAgo, evalContext, ok } from '../../builders/index.js';
import { ec2Instance, ec2InstanceImage } from '../../builders/ec2.js';
import { deniedEc2, inRegion, R, runWith } from './helpers.js';

const AMI = 'ami-0a1b2c3d4e5f60001';
const withImage = (image: Parameters<typeof ec2InstanceImage>[0] | null, instance: Parameters<typeof ec2Instance>[0] = {}) =>
  inRegion(
    runWith(check, {
      instances: ok([ec2Instance({ region: R, ...instance })]),
      instanceImages: ok(image ? [ec2InstanceImage(image)] : []),
    }),
  );

describe('ec2-instance-ami-recent', () => {
  it('passes a running instance whose AMI is under 180 days old, naming the image', () => {
    expect(withImage({ creationDate: daysAgo(30) })).toEqual([
      expect.objectContaining({
        status: 'PASS',
        reason: `EC2 instance i-0a1b2c3d4e5f60001 runs AMI ${AMI} (golden-2026-05), created 30 days ago, within 180 days.`,
      }),
    ]);
  });
  it('fails an AMI just over 180 days old, and honours another limit', () => {
    const [r] = withImage({ creationDate: daysAgo(180.5) });
    expect(r).toMatchObject({ status: 'FAIL' });
    expect(r?.reason).toMatch(/more than 180 days\.$/);
    const strict = runWith(
      check,
      { instanceImages: ok([ec2InstanceImage({ creationDate: daysAgo(40) })]) },
      evalContext({ settings: { ...DEFAULT_SETTINGS, maxAmiAgeDays: 30 } }),
    );
    expect(inRegion(strict)[0]?.status).toBe('FAIL');
  });
  it('judges only running instances', () => {
    expect(withImage({ creationDate: daysAgo(900) }, { state: 'stopped' })).toEqual([]);
  });
  it('is UNKNOWN, never PASS, when the AMI is gone, undated, unnamed, or the read failed', () => {
    const [gone] = withImage(null);
    expect(gone).toMatchObject({ status: 'UNKNOWN' });
    expect(gone?.reason).toContain('ec2:DescribeImages no longer returns (deregistered, or no longer shared');
    expect(withImage({ creationDate: null })[0]?.status).toBe('UNKNOWN');
    expect(withImage({}, { imageId: null })[0]?.status).toBe('UNKNOWN');
    const denied = inRegion(runWith(check, { instanceImages: deniedEc2('ec2:DescribeImages') }));
    expect(denied[0]).toMatchObject({ status: 'UNKNOWN' });
    expect(denied[0]?.reason).toContain('ec2:DescribeImages');
  });
});
