import { describe, expect, it } from 'vitest';
import { autoscalingGroupMultiAz as check } from '../../../src/checks/autoscaling/autoscaling-group-multi-az.js';
import { buildInventory, run } from '../../builders/index.js';
import { deniedList, oneGroup } from './helpers.js';

describe('autoscaling-group-multi-az', () => {
  it('passes a group in two or more zones', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(oneGroup(check, { availabilityZones: ['us-east-1a', 'us-east-1b'] })?.reason).toBe(
      'Auto Scaling group g spans 2 Availability Zones (us-east-1a, us-east-1b).',
    );
  });

  it('fails a group in one zone', () => {
    const r = oneGroup(check, { availabilityZones: ['us-east-1a'] });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Auto Scaling group g spans only Availability Zone us-east-1a.');
  });

  it('is UNKNOWN for the region when autoscaling:DescribeAutoScalingGroups is denied', () => {
    const [r] = deniedList(check, 'groups', 'autoscaling:DescribeAutoScalingGroups');
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('autoscaling:DescribeAutoScalingGroups');
  });
});
