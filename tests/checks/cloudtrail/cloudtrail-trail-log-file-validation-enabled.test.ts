import { describe, expect, it } from 'vitest';
import { cloudtrailTrailLogFileValidationEnabled as check } from '../../../src/checks/cloudtrail/cloudtrail-trail-log-file-validation-enabled.js';
import { buildInventory, denied, run, statusByArn } from '../../builders/index.js';
import { cloudTrailSection, cloudTrailTrail } from '../../builders/cloudtrail.js';

describe('cloudtrail-trail-log-file-validation-enabled', () => {
  it('passes for every trail of the compliant section', () => {
    const results = run(check, buildInventory());
    expect(results).toHaveLength(2);
    expect(results.every((r) => r.status === 'PASS')).toBe(true);
  });

  it('fails a trail without log file validation, reported in its home region', () => {
    const trail = cloudTrailTrail({ name: 'eu-trail', homeRegion: 'eu-west-1', region: 'eu-west-1', logFileValidationEnabled: false });
    const [r] = run(check, buildInventory({ cloudtrail: cloudTrailSection([trail]) }));
    expect(r).toMatchObject({ status: 'FAIL', resourceArn: trail.arn, region: 'eu-west-1' });
    expect(r?.reason).toBe('Trail eu-trail has log file validation disabled.');
  });

  it('is unknown for a region whose trails could not be listed', () => {
    const trail = cloudTrailTrail();
    const section = cloudTrailSection([trail], { 'eu-west-1': denied('cloudtrail:DescribeTrails', { region: 'eu-west-1' }) });
    const results = run(check, buildInventory({ cloudtrail: section }));
    expect(statusByArn(results)).toEqual({ 'arn:aws:cloudtrail:eu-west-1:111122223333:trail/*': 'UNKNOWN', [trail.arn]: 'PASS' });
    expect(results.find((r) => r.status === 'UNKNOWN')?.reason).toContain('cloudtrail:DescribeTrails');
  });
});
