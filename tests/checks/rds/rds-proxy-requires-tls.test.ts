import { describe, it, expect } from 'vitest';
import { rdsProxyRequiresTls as check } from '../../../src/checks/rds/rds-proxy-requires-tls.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { oneRegion, rdsProxy } from '../../builders/rds.js';
import type { RdsRegion } from '../../../src/model/rds.js';

const R = 'eu-west-1';
const results = (overrides: Partial<RdsRegion>) => run(check, buildInventory({ rds: oneRegion(overrides) }));

describe('rds-proxy-requires-tls', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes a proxy requiring TLS', () => {
    const [r, ...rest] = results({ proxies: ok([rdsProxy('p1', R)]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('RDS proxy p1 requires TLS.');
  });

  it('fails a proxy not requiring TLS', () => {
    const [r, ...rest] = results({ proxies: ok([rdsProxy('p1', R, { requireTls: false })]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('RDS proxy p1 does not require TLS.');
  });

  it('is UNKNOWN naming rds:DescribeDBProxies when it is denied', () => {
    const r = results({ proxies: denied('rds:DescribeDBProxies') }).find((x) => x.status === 'UNKNOWN');
    expect(r?.reason).toContain('rds:DescribeDBProxies');
  });
});
