import { describe, it, expect } from 'vitest';
import { s3BucketEventNotificationsEnabled as check } from '../../../src/checks/s3/s3-bucket-event-notifications-enabled.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { s3Bucket, s3Section } from '../../builders/s3.js';
import type { S3Bucket } from '../../../src/model/s3.js';

const one = (overrides: Partial<S3Bucket>) => run(check, buildInventory({ s3: s3Section([s3Bucket('b', 'us-east-1', overrides)]) }))[0];

describe('s3-bucket-event-notifications-enabled (S3.11)', () => {
  it('passes buckets that send notifications to SNS, SQS, Lambda or EventBridge', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    const eb = one({ notifications: ok({ destinations: [], eventBridge: true }) });
    expect(eb?.status).toBe('PASS');
    expect(eb?.reason).toBe('S3 bucket b sends event notifications to Amazon EventBridge.');
  });

  it('fails a bucket with no notification configured', () => {
    const r = one({ notifications: ok({ destinations: [], eventBridge: false }) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('S3 bucket b has no event notifications configured.');
  });

  it('is UNKNOWN naming the action when the read is denied, or when the inventory predates it', () => {
    const r = one({ notifications: denied('s3:GetBucketNotification') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('s3:GetBucketNotification');
    expect(one({ notifications: undefined })?.status).toBe('UNKNOWN');
  });
});
