import { describe, it, expect } from 'vitest';
import { elbClassicMultiAz as check } from '../../../src/checks/elb/elb-classic-multi-az.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { elbClassic, elbOneRegion } from '../../builders/elb.js';
import type { ElbRegion } from '../../../src/model/elb.js';

const R = 'eu-west-1';
const results = (overrides: Partial<ElbRegion>) => run(check, buildInventory({ elb: elbOneRegion(overrides) }));
const zones = (availabilityZones: string[]) => results({ classicLoadBalancers: ok([elbClassic('clb', R, { availabilityZones })]) });

describe('elb-classic-multi-az', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes two zones', () => {
    const [r, ...rest] = zones(['eu-west-1a', 'eu-west-1b']);
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('Classic Load Balancer clb spans 2 Availability Zones (eu-west-1a and eu-west-1b).');
  });

  it('fails one zone', () => {
    const [r] = zones(['eu-west-1a']);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Classic Load Balancer clb spans one Availability Zone (eu-west-1a), fewer than 2.');
  });

  it('fails no zone', () => {
    expect(zones([])[0]?.reason).toBe('Classic Load Balancer clb spans no Availability Zone, fewer than 2.');
  });

  it('is UNKNOWN naming DescribeLoadBalancers when it is denied', () => {
    const r = results({ classicLoadBalancers: denied('elasticloadbalancing:DescribeLoadBalancers') }).find((x) => x.status === 'UNKNOWN');
    expect(r?.reason).toContain('elasticloadbalancing:DescribeLoadBalancers');
  });
});
