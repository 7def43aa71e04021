import { describe, expect, it } from 'vitest';
import { autoscalingGroupTagged as check } from '../../../src/checks/autoscaling/autoscaling-group-tagged.js';
import { buildInventory, run } from '../../builders/index.js';
import { deniedList, oneGroup } from './helpers.js';

describe('autoscaling-group-tagged', () => {
  it('passes a group with a user tag', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(oneGroup(check, {})?.reason).toBe('Auto Scaling group g has tag keys owner.');
  });

  it('fails a group without tags, or with system tags only', () => {
    expect(oneGroup(check, { tagKeys: [] })?.reason).toBe('Auto Scaling group g has no tags.');
    const r = oneGroup(check, { tagKeys: ['aws:cloudformation:stack-name'] });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Auto Scaling group g has only system tags (aws:...), which AWS applies itself.');
  });

  it('is UNKNOWN for the region when autoscaling:DescribeAutoScalingGroups is denied', () => {
    const [r] = deniedList(check, 'groups', 'autoscaling:DescribeAutoScalingGroups');
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('autoscaling:DescribeAutoScalingGroups');
  });
});
