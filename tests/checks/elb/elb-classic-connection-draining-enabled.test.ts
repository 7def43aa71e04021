import { describe, it, expect } from 'vitest';
import { elbClassicConnectionDrainingEnabled as check } from '../../../src/checks/elb/elb-classic-connection-draining-enabled.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { elbClassic, elbClassicAttributes, elbOneRegion } from '../../builders/elb.js';
import type { ElbClassicLoadBalancer, ElbRegion } from '../../../src/model/elb.js';

const R = 'eu-west-1';
const results = (overrides: Partial<ElbRegion>) => run(check, buildInventory({ elb: elbOneRegion(overrides) }));
const one = (overrides: Partial<ElbClassicLoadBalancer>) => results({ classicLoadBalancers: ok([elbClassic('clb', R, overrides)]) });

describe('elb-classic-connection-draining-enabled', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes when the attribute is set', () => {
    const [r, ...rest] = one({ attributes: ok(elbClassicAttributes({ connectionDrainingEnabled: true })) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('Classic Load Balancer clb has connection draining enabled.');
  });

  it('fails when it is not', () => {
    const [r] = one({ attributes: ok(elbClassicAttributes({ connectionDrainingEnabled: false })) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Classic Load Balancer clb has connection draining disabled.');
  });

  it('is UNKNOWN, never a pass, when the answer lacks the attribute', () => {
    const [r] = one({ attributes: ok(elbClassicAttributes({ connectionDrainingEnabled: null })) });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ConnectionDraining');
  });

  it('is UNKNOWN naming DescribeLoadBalancerAttributes when it is denied', () => {
    const [r] = one({ attributes: denied('elasticloadbalancing:DescribeLoadBalancerAttributes') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('elasticloadbalancing:DescribeLoadBalancerAttributes');
  });

  it('is UNKNOWN naming DescribeLoadBalancers when it is denied', () => {
    const r = results({ classicLoadBalancers: denied('elasticloadbalancing:DescribeLoadBalancers') }).find((x) => x.status === 'UNKNOWN');
    expect(r?.reason).toContain('elasticloadbalancing:DescribeLoadBalancers');
  });
});
