import { describe, expect, it } from 'vitest';
import { kmsKeyNotPendingDeletion as check } from '../../../src/checks/kms/kms-key-not-pending-deletion.js';
import { buildInventory, daysAgo, denied, ok, run } from '../../builders/index.js';
import { kmsKey, kmsMetadata } from '../../builders/kms.js';
import type { KmsKey } from '../../../src/model/kms.js';

const withKeys = (...keys: KmsKey[]) => run(check, buildInventory({ kms: { keys: { 'us-east-1': ok(keys) } } }));

describe('kms-key-not-pending-deletion', () => {
  it('passes customer keys that are not scheduled for deletion, skipping AWS managed keys', () => {
    const results = run(check, buildInventory());
    expect(results.map((r) => r.status)).toEqual(['PASS', 'PASS']);
  });

  it('passes a disabled key (not scheduled for deletion)', () => {
    expect(withKeys(kmsKey('us-east-1', 'k-off', { metadata: ok(kmsMetadata({ keyState: 'Disabled' })) }))[0]?.status).toBe('PASS');
  });

  it('fails a key pending deletion, naming the date', () => {
    const key = kmsKey('us-east-1', 'k-doomed', { metadata: ok(kmsMetadata({ keyState: 'PendingDeletion', deletionDate: daysAgo(-7) })) });
    const [r] = withKeys(key);
    expect(r).toMatchObject({ status: 'FAIL', resourceArn: key.arn });
    expect(r?.reason).toContain(daysAgo(-7));
  });

  it('fails a multi-Region primary pending replica deletion', () => {
    const key = kmsKey('us-east-1', 'mrk-1', {
      metadata: ok(kmsMetadata({ keyState: 'PendingReplicaDeletion', multiRegionKeyType: 'PRIMARY' })),
    });
    expect(withKeys(key)[0]?.status).toBe('FAIL');
  });

  it('is unknown when DescribeKey was denied', () => {
    const [r] = withKeys(kmsKey('us-east-1', 'k-x', { metadata: denied('kms:DescribeKey') }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('kms:DescribeKey');
  });
});
