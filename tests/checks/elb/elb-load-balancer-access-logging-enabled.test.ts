import { describe, it, expect } from 'vitest';
import { elbLoadBalancerAccessLoggingEnabled as check } from '../../../src/checks/elb/elb-load-balancer-access-logging-enabled.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { elbAttributes, elbClassic, elbClassicAttributes, elbLoadBalancer, elbOneRegion } from '../../builders/elb.js';
import type { ElbRegion } from '../../../src/model/elb.js';

const R = 'eu-west-1';
const results = (overrides: Partial<ElbRegion>) => run(check, buildInventory({ elb: elbOneRegion(overrides) }));

describe('elb-load-balancer-access-logging-enabled', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes an ALB and a Classic Load Balancer that log, each with its own resource type', () => {
    const rs = results({ loadBalancers: ok([elbLoadBalancer('web', R)]), classicLoadBalancers: ok([elbClassic('clb', R)]) });
    expect(rs.map((r) => [r.status, r.resourceType, r.reason])).toEqual([
      ['PASS', undefined, 'Application Load Balancer web has access logging enabled.'],
      ['PASS', 'AwsElbLoadBalancer', 'Classic Load Balancer clb has access logging enabled.'],
    ]);
  });

  it('fails an ALB without access logs', () => {
    const [r] = results({
      loadBalancers: ok([elbLoadBalancer('web', R, { attributes: ok(elbAttributes({ accessLogsEnabled: false })) })]),
    });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Application Load Balancer web has access logging disabled.');
  });

  it('fails a Classic Load Balancer without access logs', () => {
    const [r] = results({
      classicLoadBalancers: ok([elbClassic('clb', R, { attributes: ok(elbClassicAttributes({ accessLogsEnabled: false })) })]),
    });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Classic Load Balancer clb has access logging disabled.');
  });

  it('leaves out Network and Gateway Load Balancers', () => {
    const nlb = elbLoadBalancer('nlb', R, { type: 'network', attributes: ok(elbAttributes({ accessLogsEnabled: false })) });
    expect(results({ loadBalancers: ok([nlb]) })).toEqual([]);
  });

  it('is UNKNOWN, never a pass, when the answer lacks the attribute', () => {
    const [a] = results({ loadBalancers: ok([elbLoadBalancer('web', R, { attributes: ok(elbAttributes({ accessLogsEnabled: null })) })]) });
    expect(a?.status).toBe('UNKNOWN');
    expect(a?.reason).toContain('access_logs.s3.enabled');
    const [c] = results({
      classicLoadBalancers: ok([elbClassic('clb', R, { attributes: ok(elbClassicAttributes({ accessLogsEnabled: null })) })]),
    });
    expect(c?.status).toBe('UNKNOWN');
    expect(c?.reason).toContain('AccessLog');
  });

  it('is UNKNOWN naming DescribeLoadBalancerAttributes when it is denied', () => {
    const rs = results({
      loadBalancers: ok([elbLoadBalancer('web', R, { attributes: denied('elasticloadbalancing:DescribeLoadBalancerAttributes') })]),
      classicLoadBalancers: ok([elbClassic('clb', R, { attributes: denied('elasticloadbalancing:DescribeLoadBalancerAttributes') })]),
    });
    expect(rs.map((r) => r.status)).toEqual(['UNKNOWN', 'UNKNOWN']);
    for (const r of rs) expect(r.reason).toContain('elasticloadbalancing:DescribeLoadBalancerAttributes');
  });
});
