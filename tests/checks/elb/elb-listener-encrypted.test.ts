import { describe, it, expect } from 'vitest';
import { elbListenerEncrypted as check } from '../../../src/checks/elb/elb-listener-encrypted.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { elbHttpRedirectListener, elbListener, elbLoadBalancer, elbOneRegion, forward } from '../../builders/elb.js';
import type { ElbListener, ElbLoadBalancer, ElbRegion } from '../../../src/model/elb.js';

const R = 'eu-west-1';
const results = (overrides: Partial<ElbRegion>) => run(check, buildInventory({ elb: elbOneRegion(overrides) }));
const lb = (listeners: ElbListener[], overrides: Partial<ElbLoadBalancer> = {}) =>
  results({ loadBalancers: ok([elbLoadBalancer(overrides.name ?? 'web', R, { listeners: ok(listeners), ...overrides })]) });

describe('elb-listener-encrypted', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes an HTTPS listener of an ALB and a TLS listener of an NLB', () => {
    expect(lb([elbListener('web', R)])[0]?.reason).toBe(
      'The HTTPS listener on port 443 of Application Load Balancer web encrypts client traffic with HTTPS.',
    );
    const [r] = lb([elbListener('nlb', R, { protocol: 'TLS' })], { name: 'nlb', type: 'network' });
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('The TLS listener on port 443 of Network Load Balancer nlb encrypts client traffic with TLS.');
  });

  it('fails an HTTP listener that forwards', () => {
    const [r] = lb([elbHttpRedirectListener('web', R, { defaultActions: [forward] })]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('The HTTP listener on port 80 of Application Load Balancer web does not use HTTPS.');
  });

  it('fails an HTTP listener that only redirects, saying so', () => {
    const [r] = lb([elbHttpRedirectListener('web', R)]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'The HTTP listener on port 80 of Application Load Balancer web does not use HTTPS (it redirects to HTTPS, but the control requires HTTPS on every listener).',
    );
  });

  it('fails a TCP listener of a Network Load Balancer', () => {
    const [r] = lb([elbListener('nlb', R, { protocol: 'TCP', port: 5671, sslPolicy: null })], { name: 'nlb', type: 'network' });
    expect(r?.reason).toBe('The TCP listener on port 5671 of Network Load Balancer nlb does not use TLS.');
  });

  it('leaves out Gateway Load Balancer listeners', () => {
    expect(lb([elbListener('gw', R, { protocol: null, port: null, sslPolicy: null })], { name: 'gw', type: 'gateway' })).toEqual([]);
  });

  it('is UNKNOWN naming DescribeListeners when it is denied', () => {
    const [r] = results({
      loadBalancers: ok([elbLoadBalancer('web', R, { listeners: denied('elasticloadbalancing:DescribeListeners') })]),
    });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('elasticloadbalancing:DescribeListeners');
  });
});
