import { describe, it, expect } from 'vitest';
import { elbListenerRecommendedTlsPolicy as check } from '../../../src/checks/elb/elb-listener-recommended-tls-policy.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { elbHttpRedirectListener, elbListener, elbLoadBalancer, elbOneRegion } from '../../builders/elb.js';
import type { ElbListener, ElbLoadBalancer, ElbRegion } from '../../../src/model/elb.js';

const R = 'eu-west-1';
const results = (overrides: Partial<ElbRegion>) => run(check, buildInventory({ elb: elbOneRegion(overrides) }));
const lb = (listeners: ElbListener[], overrides: Partial<ElbLoadBalancer> = {}) =>
  results({ loadBalancers: ok([elbLoadBalancer(overrides.name ?? 'web', R, { listeners: ok(listeners), ...overrides })]) });

describe('elb-listener-recommended-tls-policy', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes an HTTPS listener with a recommended policy, reported on the listener', () => {
    const listener = elbListener('web', R);
    const [r, ...rest] = lb([listener]);
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.resourceArn).toBe(listener.arn);
    expect(r?.reason).toBe(
      'The HTTPS listener on port 443 of Application Load Balancer web uses the recommended security policy ELBSecurityPolicy-TLS13-1-2-Res-2021-06.',
    );
  });

  it('fails an HTTPS listener with an older policy', () => {
    const [r] = lb([elbListener('web', R, { sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' })]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'The HTTPS listener on port 443 of Application Load Balancer web uses security policy ELBSecurityPolicy-TLS13-1-2-2021-06, which is not one of the recommended TLS 1.3 policies.',
    );
  });

  it('fails a TLS listener of a Network Load Balancer that reports no policy', () => {
    const [r] = lb([elbListener('nlb', R, { protocol: 'TLS', sslPolicy: null })], { name: 'nlb', type: 'network' });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('The TLS listener on port 443 of Network Load Balancer nlb reports no security policy.');
  });

  it('leaves out listeners without TLS', () => {
    expect(lb([elbHttpRedirectListener('web', R)])).toEqual([]);
    expect(lb([elbListener('nlb', R, { protocol: 'TCP', sslPolicy: null })], { name: 'nlb', type: 'network' })).toEqual([]);
  });

  it('is UNKNOWN naming DescribeListeners when it is denied', () => {
    const [r] = results({
      loadBalancers: ok([elbLoadBalancer('web', R, { listeners: denied('elasticloadbalancing:DescribeListeners') })]),
    });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.resourceType).toBe('AwsElbv2LoadBalancer');
    expect(r?.reason).toContain('elasticloadbalancing:DescribeListeners');
  });
});
