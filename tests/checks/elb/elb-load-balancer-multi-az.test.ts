import { describe, it, expect } from 'vitest';
import { elbLoadBalancerMultiAz as check } from '../../../src/checks/elb/elb-load-balancer-multi-az.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { elbLoadBalancer, elbOneRegion } from '../../builders/elb.js';
import type { ElbLoadBalancer, ElbRegion } from '../../../src/model/elb.js';

const R = 'eu-west-1';
const results = (overrides: Partial<ElbRegion>) => run(check, buildInventory({ elb: elbOneRegion(overrides) }));
const one = (overrides: Partial<ElbLoadBalancer>) =>
  results({ loadBalancers: ok([elbLoadBalancer(overrides.name ?? 'web', R, overrides)]) });

describe('elb-load-balancer-multi-az', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes an ALB in three zones', () => {
    const [r, ...rest] = one({ availabilityZones: ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'] });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('Application Load Balancer web spans 3 Availability Zones (eu-west-1a, eu-west-1b and eu-west-1c).');
  });

  it('fails a Network Load Balancer in one zone', () => {
    const [r] = one({ name: 'nlb', type: 'network', availabilityZones: ['eu-west-1a'] });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Network Load Balancer nlb spans one Availability Zone (eu-west-1a), fewer than 2.');
  });

  it('is UNKNOWN naming DescribeLoadBalancers when it is denied', () => {
    const r = results({ loadBalancers: denied('elasticloadbalancing:DescribeLoadBalancers') }).find((x) => x.status === 'UNKNOWN');
    expect(r?.reason).toContain('elasticloadbalancing:DescribeLoadBalancers');
  });
});
