import { describe, it, expect } from 'vitest';
import { elbTargetGroupProtocolEncrypted as check } from '../../../src/checks/elb/elb-target-group-protocol-encrypted.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { elbOneRegion, elbTargetGroup } from '../../builders/elb.js';
import type { ElbRegion, ElbTargetGroup } from '../../../src/model/elb.js';

const R = 'eu-west-1';
const results = (overrides: Partial<ElbRegion>) => run(check, buildInventory({ elb: elbOneRegion(overrides) }));
const one = (overrides: Partial<ElbTargetGroup>) => results({ targetGroups: ok([elbTargetGroup('tg', R, overrides)]) });

describe('elb-target-group-protocol-encrypted', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes HTTPS, TLS and QUIC', () => {
    for (const protocol of ['HTTPS', 'TLS', 'QUIC']) {
      const [r] = one({ protocol });
      expect(r?.status).toBe('PASS');
      expect(r?.reason).toBe(`Target group tg uses ${protocol} to its targets.`);
    }
  });

  it('fails HTTP, TCP and UDP', () => {
    for (const protocol of ['HTTP', 'TCP', 'UDP']) {
      const [r] = one({ protocol });
      expect(r?.status).toBe('FAIL');
      expect(r?.reason).toBe(`Target group tg uses ${protocol} to its targets, not HTTPS, TLS or QUIC.`);
    }
  });

  it('leaves out Lambda and ALB target types and GENEVE target groups', () => {
    expect(one({ targetType: 'lambda', protocol: null })).toEqual([]);
    expect(one({ targetType: 'alb', protocol: 'TCP' })).toEqual([]);
    expect(one({ protocol: 'GENEVE' })).toEqual([]);
  });

  it('is UNKNOWN naming DescribeTargetGroups when it is denied', () => {
    const r = results({ targetGroups: denied('elasticloadbalancing:DescribeTargetGroups') }).find((x) => x.status === 'UNKNOWN');
    expect(r?.reason).toContain('elasticloadbalancing:DescribeTargetGroups');
  });
});
