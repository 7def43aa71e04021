import { describe, expect, it } from 'vitest';
import { autoscalingGroupUsesLaunchTemplate as check } from '../../../src/checks/autoscaling/autoscaling-group-uses-launch-template.js';
import { buildInventory, run } from '../../builders/index.js';
import { deniedList, oneGroup } from './helpers.js';

describe('autoscaling-group-uses-launch-template', () => {
  it('passes a group with a launch template', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(oneGroup(check, {})?.reason).toBe('Auto Scaling group g launches from launch template lt-0123 (web) version $Latest.');
  });

  it('fails a group with a launch configuration', () => {
    const r = oneGroup(check, { launchTemplate: null, launchConfigurationName: 'old' });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Auto Scaling group g launches from launch configuration old, not a launch template.');
  });

  it('fails a group naming neither', () => {
    const r = oneGroup(check, { launchTemplate: null, launchConfigurationName: null });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Auto Scaling group g names no launch template (it launches from a launch configuration or an instance).');
  });

  it('is UNKNOWN for the region when autoscaling:DescribeAutoScalingGroups is denied', () => {
    const [r] = deniedList(check, 'groups', 'autoscaling:DescribeAutoScalingGroups');
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('autoscaling:DescribeAutoScalingGroups');
  });
});
