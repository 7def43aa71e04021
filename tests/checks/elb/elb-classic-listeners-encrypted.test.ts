import { describe, it, expect } from 'vitest';
import { elbClassicListenersEncrypted as check } from '../../../src/checks/elb/elb-classic-listeners-encrypted.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { elbClassic, elbOneRegion } from '../../builders/elb.js';
import type { ElbClassicLoadBalancer, ElbRegion } from '../../../src/model/elb.js';

const R = 'eu-west-1';
const results = (overrides: Partial<ElbRegion>) => run(check, buildInventory({ elb: elbOneRegion(overrides) }));
const one = (overrides: Partial<ElbClassicLoadBalancer>) => results({ classicLoadBalancers: ok([elbClassic('clb', R, overrides)]) });

describe('elb-classic-listeners-encrypted', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes HTTPS and SSL listeners', () => {
    const [r] = one({
      listeners: [
        { protocol: 'HTTPS', port: 443, sslCertificateId: 'arn:aws:acm:eu-west-1:111122223333:certificate/a', policyNames: [] },
        { protocol: 'SSL', port: 8443, sslCertificateId: 'arn:aws:acm:eu-west-1:111122223333:certificate/a', policyNames: [] },
      ],
    });
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('Classic Load Balancer clb terminates HTTPS or SSL on all 2 listeners.');
  });

  it('fails HTTP and TCP listeners', () => {
    const [r] = one({
      listeners: [
        { protocol: 'HTTP', port: 80, sslCertificateId: null, policyNames: [] },
        { protocol: 'TCP', port: 5672, sslCertificateId: null, policyNames: [] },
      ],
    });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'Classic Load Balancer clb has listeners without HTTPS or SSL termination: HTTP on port 80 and TCP on port 5672.',
    );
  });

  it('is NOT_APPLICABLE to a load balancer without listeners', () => {
    const [r] = one({ listeners: [] });
    expect(r?.status).toBe('NOT_APPLICABLE');
    expect(r?.reason).toBe('Classic Load Balancer clb has no listener.');
  });

  it('is UNKNOWN naming DescribeLoadBalancers when it is denied', () => {
    const r = results({ classicLoadBalancers: denied('elasticloadbalancing:DescribeLoadBalancers') }).find((x) => x.status === 'UNKNOWN');
    expect(r?.reason).toContain('elasticloadbalancing:DescribeLoadBalancers');
  });
});
