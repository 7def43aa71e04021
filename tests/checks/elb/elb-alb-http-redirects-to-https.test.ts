import { describe, it, expect } from 'vitest';
import { elbAlbHttpRedirectsToHttps as check } from '../../../src/checks/elb/elb-alb-http-redirects-to-https.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { elbHttpRedirectListener, elbListener, elbLoadBalancer, elbOneRegion, forward } from '../../builders/elb.js';
import type { ElbRegion } from '../../../src/model/elb.js';

const R = 'eu-west-1';
const results = (overrides: Partial<ElbRegion>) => run(check, buildInventory({ elb: elbOneRegion(overrides) }));
const alb = (listeners: ReturnType<typeof elbListener>[]) => elbLoadBalancer('web', R, { listeners: ok(listeners) });

describe('elb-alb-http-redirects-to-https', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes an ALB without HTTP listeners', () => {
    const [r, ...rest] = results({ loadBalancers: ok([alb([elbListener('web', R)])]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('Application Load Balancer web has no HTTP listener.');
  });

  it('passes an ALB whose HTTP listener redirects to HTTPS', () => {
    const [r] = results({ loadBalancers: ok([alb([elbHttpRedirectListener('web', R), elbListener('web', R)])]) });
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('Application Load Balancer web redirects every HTTP listener to HTTPS (1 HTTP listener).');
  });

  it('fails an HTTP listener that forwards by default', () => {
    const [r] = results({ loadBalancers: ok([alb([elbHttpRedirectListener('web', R, { defaultActions: [forward] })])]) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Application Load Balancer web has HTTP listeners that do not redirect to HTTPS: port 80.');
  });

  it('fails a redirect that keeps the protocol (#{protocol})', () => {
    const keep = elbHttpRedirectListener('web', R, { defaultActions: [{ type: 'redirect', redirectProtocol: '#{protocol}' }] });
    expect(results({ loadBalancers: ok([alb([keep])]) })[0]?.status).toBe('FAIL');
  });

  it('fails an HTTP listener with a rule that forwards instead of redirecting', () => {
    const rules = ok([{ priority: '5', actions: [forward] }]);
    const [r] = results({ loadBalancers: ok([alb([elbHttpRedirectListener('web', R, { rules })])]) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'Application Load Balancer web has HTTP listener rules that forward requests instead of redirecting them: port 80 (rule priority 5).',
    );
  });

  it('leaves out Network and Gateway Load Balancers', () => {
    expect(results({ loadBalancers: ok([elbLoadBalancer('nlb', R, { type: 'network' })]) })).toEqual([]);
  });

  it('is UNKNOWN naming DescribeListeners or DescribeRules when they are denied', () => {
    const lr = results({ loadBalancers: ok([elbLoadBalancer('web', R, { listeners: denied('elasticloadbalancing:DescribeListeners') })]) });
    expect(lr[0]?.status).toBe('UNKNOWN');
    expect(lr[0]?.reason).toContain('elasticloadbalancing:DescribeListeners');
    const rr = results({
      loadBalancers: ok([alb([elbHttpRedirectListener('web', R, { rules: denied('elasticloadbalancing:DescribeRules') })])]),
    });
    expect(rr[0]?.status).toBe('UNKNOWN');
    expect(rr[0]?.reason).toContain('elasticloadbalancing:DescribeRules');
  });

  it('is UNKNOWN naming DescribeLoadBalancers when it is denied', () => {
    const r = results({ loadBalancers: denied('elasticloadbalancing:DescribeLoadBalancers') }).find((x) => x.status === 'UNKNOWN');
    expect(r?.reason).toContain('elasticloadbalancing:DescribeLoadBalancers');
  });
});
