import { describe, expect, it } from 'vitest';
import { cloudtrailMultiRegionTrailEnabled as check } from '../../../src/checks/cloudtrail/cloudtrail-multi-region-trail-enabled.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { cloudTrailSection, cloudTrailTrail } from '../../builders/cloudtrail.js';
import type { CloudTrailSelectors } from '../../../src/model/cloudtrail.js';

const withTrails = (...trails: ReturnType<typeof cloudTrailTrail>[]) => buildInventory({ cloudtrail: cloudTrailSection(trails) });
const classic = (readWriteType: string, extra: Partial<CloudTrailSelectors['eventSelectors'][number]> = {}) => ({
  readWriteType,
  includeManagementEvents: true,
  excludeManagementEventSources: [],
  dataResources: [],
  ...extra,
});
const field = (f: string, equals: string[] = [], notEquals: string[] = []) => ({
  field: f,
  equals,
  notEquals,
  startsWith: [],
  notStartsWith: [],
  endsWith: [],
  notEndsWith: [],
});

describe('cloudtrail-multi-region-trail-enabled', () => {
  it('passes on a logging multi-region trail with classic All selectors', () => {
    const [r] = run(check, buildInventory());
    expect(r).toMatchObject({ status: 'PASS', resourceArn: 'arn:aws:iam::111122223333:root', resourceType: 'AwsAccount' });
  });

  it('passes with advanced selectors for all management events', () => {
    const trail = cloudTrailTrail({
      selectors: ok({
        eventSelectors: [],
        advancedEventSelectors: [{ name: 'mgmt', fieldSelectors: [field('eventCategory', ['Management'])] }],
      }),
    });
    expect(run(check, withTrails(trail))[0]?.status).toBe('PASS');
  });

  it('passes with separate read-only and write-only selectors', () => {
    const trail = cloudTrailTrail({
      selectors: ok({ eventSelectors: [classic('ReadOnly'), classic('WriteOnly')], advancedEventSelectors: [] }),
    });
    expect(run(check, withTrails(trail))[0]?.status).toBe('PASS');
  });

  it('fails when only single-region trails exist', () => {
    const [r] = run(check, withTrails(cloudTrailTrail({ isMultiRegionTrail: false })));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('no multi-region');
  });

  it('fails when the multi-region trail is not logging', () => {
    const trail = cloudTrailTrail({ status: ok({ isLogging: false, latestDeliveryTime: null, latestCloudWatchLogsDeliveryTime: null }) });
    const [r] = run(check, withTrails(trail));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('org-trail is not logging');
  });

  it('fails when only write management events are recorded', () => {
    const trail = cloudTrailTrail({ selectors: ok({ eventSelectors: [classic('WriteOnly')], advancedEventSelectors: [] }) });
    const [r] = run(check, withTrails(trail));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('read management events');
  });

  it('fails when management events are excluded or some event sources are excluded', () => {
    const off = cloudTrailTrail({
      selectors: ok({ eventSelectors: [classic('All', { includeManagementEvents: false })], advancedEventSelectors: [] }),
    });
    const noKms = cloudTrailTrail({
      selectors: ok({
        eventSelectors: [classic('All', { excludeManagementEventSources: ['kms.amazonaws.com'] })],
        advancedEventSelectors: [],
      }),
    });
    expect(run(check, withTrails(off))[0]?.status).toBe('FAIL');
    expect(run(check, withTrails(noKms))[0]?.status).toBe('FAIL');
  });

  it('fails with advanced selectors limited to read-only events or narrowed by event source', () => {
    const readOnly = cloudTrailTrail({
      selectors: ok({
        eventSelectors: [],
        advancedEventSelectors: [{ name: 'ro', fieldSelectors: [field('eventCategory', ['Management']), field('readOnly', ['true'])] }],
      }),
    });
    const narrowed = cloudTrailTrail({
      selectors: ok({
        eventSelectors: [],
        advancedEventSelectors: [
          { name: 'no-kms', fieldSelectors: [field('eventCategory', ['Management']), field('eventSource', [], ['kms.amazonaws.com'])] },
        ],
      }),
    });
    expect(run(check, withTrails(readOnly))[0]?.reason).toContain('write management events');
    expect(run(check, withTrails(narrowed))[0]?.status).toBe('FAIL');
  });

  it('is unknown when the status of the only multi-region trail could not be read', () => {
    const trail = cloudTrailTrail({ status: denied('cloudtrail:GetTrailStatus') });
    const [r] = run(check, withTrails(trail));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('cloudtrail:GetTrailStatus');
  });

  it('is unknown when every region failed to list trails, but one successful listing is enough', () => {
    const allDenied = cloudTrailSection([], {
      'eu-west-1': denied('cloudtrail:DescribeTrails'),
      'us-east-1': denied('cloudtrail:DescribeTrails'),
    });
    const [r] = run(check, buildInventory({ cloudtrail: allDenied }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('cloudtrail:DescribeTrails');
    const trail = cloudTrailTrail();
    const oneDenied = cloudTrailSection([trail], { 'eu-west-1': denied('cloudtrail:DescribeTrails') });
    expect(run(check, buildInventory({ cloudtrail: oneDenied }))[0]?.status).toBe('PASS');
  });
});
