import { describe, expect, it } from 'vitest';
import { autoscalingGroupElbHealthCheck as check } from '../../../src/checks/autoscaling/autoscaling-group-elb-health-check.js';
import { buildInventory, run } from '../../builders/index.js';
import { deniedList, oneGroup } from './helpers.js';

describe('autoscaling-group-elb-health-check', () => {
  it('passes a group behind a load balancer with ELB health checks', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(oneGroup(check, { healthCheckType: 'EBS,ELB' })?.reason).toBe(
      'Auto Scaling group g is behind 1 load balancer(s) or target group(s) and uses ELB health checks.',
    );
  });

  it('fails a group behind a Classic Load Balancer with EC2 health checks only', () => {
    const r = oneGroup(check, { healthCheckType: 'EC2', loadBalancerNames: ['web'], targetGroupArns: [] });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Auto Scaling group g is behind 1 load balancer(s) or target group(s) but uses only EC2 health checks.');
  });

  it('is NOT_APPLICABLE for a group without a load balancer', () => {
    const r = oneGroup(check, { healthCheckType: 'EC2', targetGroupArns: [] });
    expect(r?.status).toBe('NOT_APPLICABLE');
    expect(r?.reason).toBe('Auto Scaling group g is not associated with a load balancer.');
  });

  it('is UNKNOWN for the region when autoscaling:DescribeAutoScalingGroups is denied', () => {
    const [r] = deniedList(check, 'groups', 'autoscaling:DescribeAutoScalingGroups');
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('autoscaling:DescribeAutoScalingGroups');
  });
});
