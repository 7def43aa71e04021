import { describe, expect, it } from 'vitest';
import { cloudtrailTrailKmsEncryptionEnabled as check } from '../../../src/checks/cloudtrail/cloudtrail-trail-kms-encryption-enabled.js';
import { buildInventory, denied, ok, run, statusByArn } from '../../builders/index.js';
import { cloudTrailSection, cloudTrailTrail } from '../../builders/cloudtrail.js';

describe('cloudtrail-trail-kms-encryption-enabled', () => {
  it('passes for trails with a KMS key', () => {
    const results = run(check, buildInventory());
    expect(results.map((r) => r.status)).toEqual(['PASS', 'PASS']);
  });

  it('fails a trail encrypted with SSE-S3 only', () => {
    const trail = cloudTrailTrail({ kmsKeyId: null });
    const [r] = run(check, buildInventory({ cloudtrail: cloudTrailSection([trail]) }));
    expect(r).toMatchObject({ status: 'FAIL', resourceArn: trail.arn });
    expect(r?.reason).toContain('does not encrypt log files with a KMS key');
  });

  it('is unknown for a region whose trails could not be listed', () => {
    const section = cloudTrailSection([], {
      'us-east-1': denied('cloudtrail:DescribeTrails', { region: 'us-east-1' }),
      'eu-west-1': ok([]),
    });
    const results = run(check, buildInventory({ cloudtrail: section }));
    expect(statusByArn(results)).toEqual({ 'arn:aws:cloudtrail:us-east-1:111122223333:trail/*': 'UNKNOWN' });
    expect(results[0]?.reason).toContain('cloudtrail:DescribeTrails');
  });
});
