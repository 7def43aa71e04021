import { describe, it, expect } from 'vitest';
import { elbClassicCertificateFromAcm as check } from '../../../src/checks/elb/elb-classic-certificate-from-acm.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { elbClassic, elbOneRegion } from '../../builders/elb.js';
import type { ElbClassicLoadBalancer, ElbRegion } from '../../../src/model/elb.js';

const R = 'eu-west-1';
const results = (overrides: Partial<ElbRegion>) => run(check, buildInventory({ elb: elbOneRegion(overrides) }));
const one = (overrides: Partial<ElbClassicLoadBalancer>) => results({ classicLoadBalancers: ok([elbClassic('clb', R, overrides)]) });

describe('elb-classic-certificate-from-acm', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes a load balancer whose HTTPS listener uses an ACM certificate', () => {
    const [r, ...rest] = one({});
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('Classic Load Balancer clb uses ACM certificates on all 1 HTTPS/SSL listener.');
  });

  it('fails an IAM server certificate', () => {
    const [r] = one({
      listeners: [{ protocol: 'SSL', port: 8443, sslCertificateId: 'arn:aws:iam::111122223333:server-certificate/old', policyNames: [] }],
    });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'Classic Load Balancer clb has HTTPS/SSL listeners whose certificate is not from ACM: port 8443 (arn:aws:iam::111122223333:server-certificate/old).',
    );
  });

  it('fails an HTTPS listener that reports no certificate', () => {
    const [r] = one({ listeners: [{ protocol: 'HTTPS', port: 443, sslCertificateId: null, policyNames: [] }] });
    expect(r?.reason).toBe(
      'Classic Load Balancer clb has HTTPS/SSL listeners whose certificate is not from ACM: port 443 (no certificate).',
    );
  });

  it('is NOT_APPLICABLE to a load balancer without HTTPS or SSL listeners', () => {
    const [r] = one({ listeners: [{ protocol: 'HTTP', port: 80, sslCertificateId: null, policyNames: [] }] });
    expect(r?.status).toBe('NOT_APPLICABLE');
    expect(r?.reason).toBe('Classic Load Balancer clb has no HTTPS or SSL listener.');
  });

  it('is UNKNOWN naming DescribeLoadBalancers when it is denied', () => {
    const r = results({ classicLoadBalancers: denied('elasticloadbalancing:DescribeLoadBalancers') }).find((x) => x.status === 'UNKNOWN');
    expect(r?.reason).toContain('elasticloadbalancing:DescribeLoadBalancers');
  });
});
