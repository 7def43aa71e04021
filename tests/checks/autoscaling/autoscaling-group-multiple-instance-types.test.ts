import { describe, expect, it } from 'vitest';
import { autoscalingGroupMultipleInstanceTypes as check } from '../../../src/checks/autoscaling/autoscaling-group-multiple-instance-types.js';
import { buildInventory, run } from '../../builders/index.js';
import { deniedList, oneGroup } from './helpers.js';

describe('autoscaling-group-multiple-instance-types', () => {
  it('passes a mixed instances policy with two or more types', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(oneGroup(check, {})?.reason).toBe('Auto Scaling group g can launch 2 instance types (m7g.large, m6g.large).');
  });

  it('fails a group without a mixed instances policy', () => {
    const r = oneGroup(check, { instanceTypeOverrides: null, launchTemplate: null, launchConfigurationName: 'lc' });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'Auto Scaling group g launches the single instance type of its launch configuration (no mixed instances policy).',
    );
  });

  it('fails a mixed instances policy with one type', () => {
    const r = oneGroup(check, { instanceTypeOverrides: ['m7g.large'] });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Auto Scaling group g has a mixed instances policy with only instance type m7g.large.');
  });

  it('is UNKNOWN (undecided) for attribute-based instance types', () => {
    const r = oneGroup(check, { instanceTypeOverrides: [], attributeBasedInstanceTypes: true });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe('Auto Scaling group g chooses instance types by attributes, which AutoScaling.6 does not evaluate.');
  });

  it('is UNKNOWN for the region when autoscaling:DescribeAutoScalingGroups is denied', () => {
    const [r] = deniedList(check, 'groups', 'autoscaling:DescribeAutoScalingGroups');
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('autoscaling:DescribeAutoScalingGroups');
  });
});
