import { describe, expect, it } from 'vitest';
import { redshiftEventSubscriptionTagged as check } from '../../../src/checks/redshift/redshift-event-subscription-tagged.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { redshiftCluster, redshiftSection, redshiftEventSubscription } from '../../builders/redshift.js';
import type { RedshiftRegion } from '../../../src/model/redshift.js';
import { R } from './helpers.js';

const results = (region: Partial<RedshiftRegion>) =>
  run(check, buildInventory({ redshift: redshiftSection([redshiftCluster('c1', R)], region) }));

describe('redshift-event-subscription-tagged', () => {
  it('passes a tagged event subscription', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    const [r] = results({
      eventSubscriptions: ok([redshiftEventSubscription('alerts', R, { tagKeys: ['aws:cloudformation:stack-id', 'owner'] })]),
    });
    expect(r?.reason).toBe('Redshift event subscription alerts has tag keys owner.');
  });

  it('fails a event subscription without tags', () => {
    const [r] = results({ eventSubscriptions: ok([redshiftEventSubscription('alerts', R, { tagKeys: [] })]) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Redshift event subscription alerts has no tags.');
  });

  it('fails a event subscription with system tags only', () => {
    const [r] = results({ eventSubscriptions: ok([redshiftEventSubscription('alerts', R, { tagKeys: ['aws:cloudformation:stack-id'] })]) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Redshift event subscription alerts has no tags other than AWS system tags.');
  });

  it('is UNKNOWN for the region when redshift:DescribeEventSubscriptions is denied', () => {
    const [r] = results({ eventSubscriptions: denied('redshift:DescribeEventSubscriptions', { region: R }) });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('redshift:DescribeEventSubscriptions');
  });

  it('is UNKNOWN naming redshift:DescribeEventSubscriptions on an inventory that predates the read', () => {
    const [r] = results({ eventSubscriptions: undefined });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('redshift:DescribeEventSubscriptions');
    expect(r?.reason).toContain('predates');
  });
});
