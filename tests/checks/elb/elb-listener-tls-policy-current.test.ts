import { describe, it, expect } from 'vitest';
import { classifyTlsPolicy, elbListenerTlsPolicyCurrent as check } from '../../../src/checks/elb/elb-listener-tls-policy-current.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { elbClassic, elbListener, elbLoadBalancer, elbOneRegion } from '../../builders/elb.js';
import type { ElbClassicLoadBalancer, ElbListener, ElbRegion } from '../../../src/model/elb.js';

const R = 'eu-west-1';
const results = (overrides: Partial<ElbRegion>) => run(check, buildInventory({ elb: elbOneRegion(overrides) }));
const listener = (overrides: Partial<ElbListener>) =>
  results({ loadBalancers: ok([elbLoadBalancer('web', R, { listeners: ok([elbListener('web', R, overrides)]) })]) });
const classic = (overrides: Partial<ElbClassicLoadBalancer>) => results({ classicLoadBalancers: ok([elbClassic('clb', R, overrides)]) });
const negotiation = (reference: string | null) =>
  ok([{ name: 'tls12', type: 'SSLNegotiationPolicyType', referenceSecurityPolicy: reference }]);

describe('elb-listener-tls-policy-current', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('classifies policies by the documented TLS minimum', () => {
    expect(classifyTlsPolicy('ELBSecurityPolicy-2016-08')).toBe('legacy');
    expect(classifyTlsPolicy('ELBSecurityPolicy-TLS13-1-1-2021-06')).toBe('legacy');
    expect(classifyTlsPolicy('ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06')).toBe('current');
    expect(classifyTlsPolicy('ELBSecurityPolicy-FS-1-2-Res-2020-10')).toBe('current');
    expect(classifyTlsPolicy('ELBSecurityPolicy-TLS-1-2-2017-01')).toBe('current');
    expect(classifyTlsPolicy('ELBSecurityPolicy-Future-2030-01')).toBe('unrecognized');
  });

  it('passes a listener with a TLS 1.2 minimum', () => {
    const [r] = listener({ sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' });
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe(
      'The HTTPS listener on port 443 of Application Load Balancer web uses security policy ELBSecurityPolicy-TLS13-1-2-2021-06, which requires TLS 1.2 or later.',
    );
  });

  it('fails a listener that accepts TLS 1.0', () => {
    const [r] = listener({ sslPolicy: 'ELBSecurityPolicy-2016-08' });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'The HTTPS listener on port 443 of Application Load Balancer web uses security policy ELBSecurityPolicy-2016-08, which still accepts TLS 1.0 or 1.1.',
    );
  });

  it('is undecided on an unknown policy name or a listener without a policy', () => {
    const [r] = listener({ sslPolicy: 'ELBSecurityPolicy-Future-2030-01' });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('which Bulwark does not know the protocols of');
    expect(listener({ sslPolicy: null })[0]?.status).toBe('UNKNOWN');
  });

  it('passes and fails Classic Load Balancers by their policy reference', () => {
    const [good] = classic({});
    expect(good?.status).toBe('PASS');
    expect(good?.resourceType).toBe('AwsElbLoadBalancer');
    expect(good?.reason).toBe('Classic Load Balancer clb requires TLS 1.2 or later on all 1 HTTPS/SSL listener.');
    const [weak] = classic({ sslPolicies: negotiation('ELBSecurityPolicy-2016-08') });
    expect(weak?.status).toBe('FAIL');
    expect(weak?.reason).toBe(
      'Classic Load Balancer clb has listeners whose policy still accepts TLS 1.0 or 1.1: port 443 (ELBSecurityPolicy-2016-08).',
    );
  });

  it('is undecided on a Classic custom policy', () => {
    const [r] = classic({ sslPolicies: negotiation(null) });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe(
      'Whether Classic Load Balancer clb accepts TLS 1.0 or 1.1 could not be decided: port 443 (custom policy tls12).',
    );
  });

  it('is UNKNOWN naming the denied reads', () => {
    const [c] = classic({ sslPolicies: denied('elasticloadbalancing:DescribeLoadBalancerPolicies') });
    expect(c?.reason).toContain('elasticloadbalancing:DescribeLoadBalancerPolicies');
    const [l] = results({
      loadBalancers: ok([elbLoadBalancer('web', R, { listeners: denied('elasticloadbalancing:DescribeListeners') })]),
    });
    expect(l?.status).toBe('UNKNOWN');
    expect(l?.reason).toContain('elasticloadbalancing:DescribeListeners');
  });
});
