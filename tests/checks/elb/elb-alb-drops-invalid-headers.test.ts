import { describe, it, expect } from 'vitest';
import { elbAlbDropsInvalidHeaders as check } from '../../../src/checks/elb/elb-alb-drops-invalid-headers.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { elbAttributes, elbLoadBalancer, elbOneRegion } from '../../builders/elb.js';
import type { ElbLoadBalancer, ElbRegion } from '../../../src/model/elb.js';

const R = 'eu-west-1';
const results = (overrides: Partial<ElbRegion>) => run(check, buildInventory({ elb: elbOneRegion(overrides) }));
const one = (overrides: Partial<ElbLoadBalancer>) =>
  results({ loadBalancers: ok([elbLoadBalancer(overrides.name ?? 'web', R, overrides)]) });

describe('elb-alb-drops-invalid-headers', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes when the attribute is set', () => {
    const [r, ...rest] = one({ attributes: ok(elbAttributes({ dropInvalidHeaderFields: true })) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('Application Load Balancer web drops invalid HTTP header fields.');
  });

  it('fails when it is not', () => {
    const [r] = one({ attributes: ok(elbAttributes({ dropInvalidHeaderFields: false })) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'Application Load Balancer web does not drop invalid HTTP header fields (routing.http.drop_invalid_header_fields.enabled is false).',
    );
  });

  it('is UNKNOWN, never a pass, when the answer lacks the attribute', () => {
    const [r] = one({ attributes: ok(elbAttributes({ dropInvalidHeaderFields: null })) });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('routing.http.drop_invalid_header_fields.enabled');
  });

  it('leaves out Network and Gateway Load Balancers', () => {
    expect(one({ type: 'network', attributes: ok(elbAttributes({ dropInvalidHeaderFields: false })) })).toEqual([]);
  });

  it('is UNKNOWN naming DescribeLoadBalancerAttributes when it is denied', () => {
    const [r] = one({ attributes: denied('elasticloadbalancing:DescribeLoadBalancerAttributes') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('elasticloadbalancing:DescribeLoadBalancerAttributes');
  });
});
