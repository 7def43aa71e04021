import { describe, it, expect } from 'vitest';
import { elbTargetGroupHealthCheckEncrypted as check } from '../../../src/checks/elb/elb-target-group-health-check-encrypted.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { elbOneRegion, elbTargetGroup } from '../../builders/elb.js';
import type { ElbRegion, ElbTargetGroup } from '../../../src/model/elb.js';

const R = 'eu-west-1';
const results = (overrides: Partial<ElbRegion>) => run(check, buildInventory({ elb: elbOneRegion(overrides) }));
const one = (overrides: Partial<ElbTargetGroup>) => results({ targetGroups: ok([elbTargetGroup('tg', R, overrides)]) });

describe('elb-target-group-health-check-encrypted', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes HTTPS health checks', () => {
    const [r, ...rest] = one({});
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('Target group tg runs its health checks over HTTPS.');
  });

  it('fails HTTP and TCP health checks, GENEVE target groups included', () => {
    expect(one({ healthCheckProtocol: 'HTTP' })[0]?.reason).toBe('Target group tg runs its health checks over HTTP, not HTTPS.');
    const [r] = one({ protocol: 'GENEVE', healthCheckProtocol: 'TCP' });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Target group tg runs its health checks over TCP, not HTTPS.');
  });

  it('leaves out Lambda target groups', () => {
    expect(one({ targetType: 'lambda', protocol: null, healthCheckProtocol: null })).toEqual([]);
  });

  it('is UNKNOWN naming DescribeTargetGroups when it is denied', () => {
    const r = results({ targetGroups: denied('elasticloadbalancing:DescribeTargetGroups') }).find((x) => x.status === 'UNKNOWN');
    expect(r?.reason).toContain('elasticloadbalancing:DescribeTargetGroups');
  });
});
