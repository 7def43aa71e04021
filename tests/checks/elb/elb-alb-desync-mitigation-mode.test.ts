import { describe, it, expect } from 'vitest';
import { elbAlbDesyncMitigationMode as check } from '../../../src/checks/elb/elb-alb-desync-mitigation-mode.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { elbAttributes, elbLoadBalancer, elbOneRegion } from '../../builders/elb.js';
import type { ElbLoadBalancer, ElbRegion } from '../../../src/model/elb.js';

const R = 'eu-west-1';
const results = (overrides: Partial<ElbRegion>) => run(check, buildInventory({ elb: elbOneRegion(overrides) }));
const one = (overrides: Partial<ElbLoadBalancer>) =>
  results({ loadBalancers: ok([elbLoadBalancer(overrides.name ?? 'web', R, overrides)]) });

describe('elb-alb-desync-mitigation-mode', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes when the attribute is set', () => {
    const [r, ...rest] = one({ attributes: ok(elbAttributes({ desyncMitigationMode: 'strictest' })) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('Application Load Balancer web uses desync mitigation mode strictest.');
  });

  it('fails when it is not', () => {
    const [r] = one({ attributes: ok(elbAttributes({ desyncMitigationMode: 'monitor' })) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Application Load Balancer web uses desync mitigation mode monitor, not defensive or strictest.');
  });

  it('is UNKNOWN, never a pass, when the answer lacks the attribute', () => {
    const [r] = one({ attributes: ok(elbAttributes({ desyncMitigationMode: null })) });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('routing.http.desync_mitigation_mode');
  });

  it('leaves out Network and Gateway Load Balancers', () => {
    expect(one({ type: 'network', attributes: ok(elbAttributes({ desyncMitigationMode: 'monitor' })) })).toEqual([]);
  });

  it('is UNKNOWN naming DescribeLoadBalancerAttributes when it is denied', () => {
    const [r] = one({ attributes: denied('elasticloadbalancing:DescribeLoadBalancerAttributes') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('elasticloadbalancing:DescribeLoadBalancerAttributes');
  });
});
