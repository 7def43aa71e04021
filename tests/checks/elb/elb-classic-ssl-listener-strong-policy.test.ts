import { describe, it, expect } from 'vitest';
import { elbClassicSslListenerStrongPolicy as check } from '../../../src/checks/elb/elb-classic-ssl-listener-strong-policy.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { elbClassic, elbOneRegion } from '../../builders/elb.js';
import type { ElbClassicLoadBalancer, ElbRegion } from '../../../src/model/elb.js';

const R = 'eu-west-1';
const results = (overrides: Partial<ElbRegion>) => run(check, buildInventory({ elb: elbOneRegion(overrides) }));
const one = (overrides: Partial<ElbClassicLoadBalancer>) => results({ classicLoadBalancers: ok([elbClassic('clb', R, overrides)]) });
const negotiation = (name: string, reference: string | null) => ({
  name,
  type: 'SSLNegotiationPolicyType',
  referenceSecurityPolicy: reference,
});

describe('elb-classic-ssl-listener-strong-policy', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes a listener whose policy is made from ELBSecurityPolicy-TLS-1-2-2017-01', () => {
    const [r, ...rest] = one({});
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('Classic Load Balancer clb uses ELBSecurityPolicy-TLS-1-2-2017-01 on all 1 HTTPS/SSL listener.');
  });

  it('fails a policy made from another predefined policy', () => {
    const [r] = one({ sslPolicies: ok([negotiation('tls12', 'ELBSecurityPolicy-2016-08')]) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'Classic Load Balancer clb has HTTPS/SSL listeners without ELBSecurityPolicy-TLS-1-2-2017-01: port 443 (policy tls12 from ELBSecurityPolicy-2016-08).',
    );
  });

  it('fails a custom policy', () => {
    const [r] = one({ sslPolicies: ok([negotiation('tls12', null)]) });
    expect(r?.reason).toBe(
      'Classic Load Balancer clb has HTTPS/SSL listeners without ELBSecurityPolicy-TLS-1-2-2017-01: port 443 (policy tls12 is custom).',
    );
  });

  it('fails a listener with no SSL negotiation policy', () => {
    const [r] = one({
      listeners: [{ protocol: 'SSL', port: 8443, sslCertificateId: 'arn:aws:acm:eu-west-1:111122223333:certificate/a', policyNames: [] }],
      sslPolicies: ok([]),
    });
    expect(r?.reason).toBe(
      'Classic Load Balancer clb has HTTPS/SSL listeners without ELBSecurityPolicy-TLS-1-2-2017-01: port 8443 (no SSL negotiation policy).',
    );
  });

  it('is NOT_APPLICABLE to a load balancer without HTTPS or SSL listeners', () => {
    const [r] = one({ listeners: [{ protocol: 'TCP', port: 22, sslCertificateId: null, policyNames: [] }], sslPolicies: ok([]) });
    expect(r?.status).toBe('NOT_APPLICABLE');
  });

  it('is UNKNOWN when a listener policy was not described', () => {
    const [r] = one({ sslPolicies: ok([]) });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('policy tls12 of the listener on port 443 was not described');
  });

  it('is UNKNOWN naming DescribeLoadBalancerPolicies when it is denied', () => {
    const [r] = one({ sslPolicies: denied('elasticloadbalancing:DescribeLoadBalancerPolicies') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('elasticloadbalancing:DescribeLoadBalancerPolicies');
  });
});
