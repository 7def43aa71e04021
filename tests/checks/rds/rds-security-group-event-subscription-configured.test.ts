import { describe, it, expect } from 'vitest';
import { rdsSecurityGroupEventSubscriptionConfigured as check } from '../../../src/checks/rds/rds-security-group-event-subscription-configured.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { oneRegion, rdsEventSubscription } from '../../builders/rds.js';
import type { RdsRegion } from '../../../src/model/rds.js';

const R = 'eu-west-1';
const results = (overrides: Partial<RdsRegion>) => run(check, buildInventory({ rds: oneRegion(overrides) }));

describe('rds-security-group-event-subscription-configured', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes a subscription to every event of every source', () => {
    const [r, ...rest] = results({ eventSubscriptions: ok([rdsEventSubscription('all', R)]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('RDS event subscription all notifies DB security group events (configuration change and failure).');
  });

  it('passes a subscription for the source type with the categories', () => {
    const [r, ...rest] = results({
      eventSubscriptions: ok([
        rdsEventSubscription('some', R, { sourceType: 'db-security-group', eventCategories: ['configuration change', 'failure', 'other'] }),
      ]),
    });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('RDS event subscription some notifies DB security group events (configuration change and failure).');
  });

  it('is not applicable in a region with no event subscription', () => {
    const [r, ...rest] = results({ eventSubscriptions: ok([]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('NOT_APPLICABLE');
    expect(r?.reason).toBe(
      'Account 111122223333 has no RDS event subscriptions in eu-west-1; the control judges existing subscriptions only.',
    );
  });

  it('fails when no subscription covers the events (disabled, other source type, missing category)', () => {
    const [r, ...rest] = results({
      eventSubscriptions: ok([
        rdsEventSubscription('off', R, { enabled: false }),
        rdsEventSubscription('other', R, { sourceType: 'db-snapshot' }),
        rdsEventSubscription('few', R, { sourceType: 'db-security-group', eventCategories: ['notification'] }),
      ]),
    });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'None of the 3 RDS event subscriptions of account 111122223333 in eu-west-1 is enabled for DB security group events (configuration change and failure).',
    );
  });

  it('is UNKNOWN naming rds:DescribeEventSubscriptions when it is denied', () => {
    const r = results({ eventSubscriptions: denied('rds:DescribeEventSubscriptions') }).find((x) => x.status === 'UNKNOWN');
    expect(r?.reason).toContain('rds:DescribeEventSubscriptions');
  });
});
