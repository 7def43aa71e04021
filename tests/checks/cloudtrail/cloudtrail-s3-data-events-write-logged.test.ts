import { describe, expect, it } from 'vitest';
import { cloudtrailS3DataEventsWriteLogged as check } from '../../../src/checks/cloudtrail/cloudtrail-s3-data-events-write-logged.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { cloudTrailSection, cloudTrailTrail } from '../../builders/cloudtrail.js';
import type { CloudTrailAdvancedEventSelector, CloudTrailEventSelector } from '../../../src/model/cloudtrail.js';

const classic = (readWriteType: string, values: string[] = ['arn:aws:s3']): CloudTrailEventSelector => ({
  readWriteType,
  includeManagementEvents: true,
  excludeManagementEventSources: [],
  dataResources: [{ type: 'AWS::S3::Object', values }],
});
const field = (f: string, equals: string[], more: Partial<{ startsWith: string[] }> = {}) => ({
  field: f,
  equals,
  notEquals: [],
  startsWith: more.startsWith ?? [],
  notStartsWith: [],
  endsWith: [],
  notEndsWith: [],
});
const advanced = (...fieldSelectors: ReturnType<typeof field>[]): CloudTrailAdvancedEventSelector => ({ name: 's3', fieldSelectors });
const DATA = [field('eventCategory', ['Data']), field('resources.type', ['AWS::S3::Object'])];
const trail = (eventSelectors: CloudTrailEventSelector[], advancedEventSelectors: CloudTrailAdvancedEventSelector[] = [], multi = true) =>
  cloudTrailTrail({ isMultiRegionTrail: multi, selectors: ok({ eventSelectors, advancedEventSelectors }) });
const judge = (...trails: ReturnType<typeof cloudTrailTrail>[]) => run(check, buildInventory({ cloudtrail: cloudTrailSection(trails) }));

describe('cloudtrail-s3-data-events-write-logged (Security Hub S3.22)', () => {
  it.each([
    ['classic All on arn:aws:s3', trail([classic('All')])],
    ['classic WriteOnly on arn:aws:s3:::', trail([classic('WriteOnly', ['arn:aws:s3:::'])])],
    ['advanced S3 data selector', trail([], [advanced(...DATA)])],
    ['advanced S3 data selector with readOnly false', trail([], [advanced(...DATA, field('readOnly', ['false']))])],
  ])('passes a multi-region trail with %s', (_, t) => {
    const [r] = judge(t);
    expect(r).toMatchObject({ status: 'PASS', reason: 'Multi-region trail org-trail records S3 write data events of every bucket.' });
  });
  it.each([
    ['management events only', trail([{ ...classic('All'), dataResources: [] }])],
    ['classic ReadOnly only', trail([classic('ReadOnly')])],
    ['one bucket only', trail([classic('All', ['arn:aws:s3:::app-data/'])])],
    ['advanced readOnly true', trail([], [advanced(...DATA, field('readOnly', ['true']))])],
    [
      'advanced narrowed to some buckets',
      trail([], [advanced(...DATA, field('resources.ARN', [], { startsWith: ['arn:aws:s3:::app-data/'] }))]),
    ],
  ])('fails with %s', (_, t) => {
    const [r] = judge(t);
    expect(r).toMatchObject({ status: 'FAIL', reason: 'No multi-region trail records S3 write data events of every bucket (org-trail).' });
  });
  it('fails a single-region trail that records them, and an account without trails', () => {
    expect(judge(trail([classic('All')], [], false))[0]?.reason).toBe(
      'The account has no multi-region CloudTrail trail, so S3 write data events are not recorded for every bucket.',
    );
    expect(judge()[0]?.status).toBe('FAIL');
  });
  it('is unknown when GetEventSelectors or every DescribeTrails was denied', () => {
    const [a] = judge(cloudTrailTrail({ selectors: denied('cloudtrail:GetEventSelectors') }));
    expect(a?.status).toBe('UNKNOWN');
    expect(a?.reason).toContain('cloudtrail:GetEventSelectors');
    const [b] = run(
      check,
      buildInventory({
        cloudtrail: cloudTrailSection([], {
          'eu-west-1': denied('cloudtrail:DescribeTrails'),
          'us-east-1': denied('cloudtrail:DescribeTrails'),
        }),
      }),
    );
    expect(b?.status).toBe('UNKNOWN');
    expect(b?.reason).toContain('cloudtrail:DescribeTrails');
  });
});
