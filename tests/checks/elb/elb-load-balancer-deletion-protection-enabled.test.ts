import { describe, it, expect } from 'vitest';
import { elbLoadBalancerDeletionProtectionEnabled as check } from '../../../src/checks/elb/elb-load-balancer-deletion-protection-enabled.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { elbAttributes, elbLoadBalancer, elbOneRegion } from '../../builders/elb.js';
import type { ElbLoadBalancer, ElbRegion } from '../../../src/model/elb.js';

const R = 'eu-west-1';
const results = (overrides: Partial<ElbRegion>) => run(check, buildInventory({ elb: elbOneRegion(overrides) }));
const one = (overrides: Partial<ElbLoadBalancer>) =>
  results({ loadBalancers: ok([elbLoadBalancer(overrides.name ?? 'web', R, overrides)]) });

describe('elb-load-balancer-deletion-protection-enabled', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes when the attribute is set', () => {
    const [r, ...rest] = one({ attributes: ok(elbAttributes({ deletionProtection: true })) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('Application Load Balancer web has deletion protection enabled.');
  });

  it('fails when it is not', () => {
    const [r] = one({ attributes: ok(elbAttributes({ deletionProtection: false })) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Application Load Balancer web has deletion protection disabled.');
  });

  it('is UNKNOWN, never a pass, when the answer lacks the attribute', () => {
    const [r] = one({ attributes: ok(elbAttributes({ deletionProtection: null })) });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('deletion_protection.enabled');
  });

  it('judges Network and Gateway Load Balancers too', () => {
    const [r] = one({ name: 'gw', type: 'gateway', attributes: ok(elbAttributes({ deletionProtection: false })) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Gateway Load Balancer gw has deletion protection disabled.');
  });

  it('is UNKNOWN naming DescribeLoadBalancerAttributes when it is denied', () => {
    const [r] = one({ attributes: denied('elasticloadbalancing:DescribeLoadBalancerAttributes') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('elasticloadbalancing:DescribeLoadBalancerAttributes');
  });
});
