import { describe, expect, it } from 'vitest';
import { cloudtrailTrailTagged as check } from '../../../src/checks/cloudtrail/cloudtrail-trail-tagged.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { cloudTrailSection, cloudTrailTrail } from '../../builders/cloudtrail.js';

const judge = (...trails: ReturnType<typeof cloudTrailTrail>[]) => run(check, buildInventory({ cloudtrail: cloudTrailSection(trails) }));

describe('cloudtrail-trail-tagged (Security Hub CloudTrail.9)', () => {
  it('passes tagged trails', () => {
    const results = run(check, buildInventory());
    expect(results.map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(judge(cloudTrailTrail())[0]).toMatchObject({
      resourceArn: 'arn:aws:cloudtrail:us-east-1:111122223333:trail/org-trail',
      reason: 'CloudTrail trail org-trail is tagged with owner.',
    });
  });
  it('fails a trail without tags or with only aws: tags', () => {
    expect(judge(cloudTrailTrail({ tags: ok({}) }))[0]).toMatchObject({
      status: 'FAIL',
      reason: 'CloudTrail trail org-trail has no tags.',
    });
    expect(judge(cloudTrailTrail({ tags: ok({ 'aws:x': 'y' }) }))[0]?.status).toBe('FAIL');
  });
  it('is unknown when ListTags was denied, or the inventory predates tags', () => {
    const [a] = judge(cloudTrailTrail({ tags: denied('cloudtrail:ListTags') }));
    expect(a?.status).toBe('UNKNOWN');
    expect(a?.reason).toContain('cloudtrail:ListTags');
    const { tags: _omit, ...old } = cloudTrailTrail();
    const [b] = judge(old);
    expect(b?.status).toBe('UNKNOWN');
    expect(b?.reason).toContain('cloudtrail:ListTags');
  });
  it('is unknown for a region whose trails could not be listed', () => {
    const results = run(check, buildInventory({ cloudtrail: cloudTrailSection([], { 'eu-west-1': denied('cloudtrail:DescribeTrails') }) }));
    expect(results.map((r) => r.status)).toEqual(['UNKNOWN']);
    expect(results[0]?.reason).toContain('cloudtrail:DescribeTrails');
  });
});
