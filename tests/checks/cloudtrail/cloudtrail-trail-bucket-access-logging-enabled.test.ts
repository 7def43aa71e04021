import { describe, expect, it } from 'vitest';
import { cloudtrailTrailBucketAccessLoggingEnabled as check } from '../../../src/checks/cloudtrail/cloudtrail-trail-bucket-access-logging-enabled.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { cloudTrailSection, cloudTrailTrail } from '../../builders/cloudtrail.js';
import { s3Bucket, s3Section } from '../../builders/s3.js';
import type { S3Section } from '../../../src/model/s3.js';

const trail = cloudTrailTrail({ s3BucketName: 'trail-logs' });
const evaluate = (s3: S3Section) => run(check, buildInventory({ cloudtrail: cloudTrailSection([trail]), s3 }))[0];

describe('cloudtrail-trail-bucket-access-logging-enabled', () => {
  it('passes when the trail bucket has access logging', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(evaluate(s3Section([s3Bucket('trail-logs')]))).toMatchObject({ status: 'PASS', resourceArn: trail.arn });
  });

  it('fails when the trail bucket has access logging disabled', () => {
    const r = evaluate(s3Section([s3Bucket('trail-logs', 'us-east-1', { logging: ok(null) })]));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Trail org-trail writes to bucket trail-logs, which has server access logging disabled.');
  });

  it('is unknown for a bucket outside this account', () => {
    const r = evaluate(s3Section([]));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('not among this account');
  });

  it('is unknown when GetBucketLogging was denied', () => {
    const r = evaluate(s3Section([s3Bucket('trail-logs', 'us-east-1', { logging: denied('s3:GetBucketLogging') })]));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('s3:GetBucketLogging');
  });
});
