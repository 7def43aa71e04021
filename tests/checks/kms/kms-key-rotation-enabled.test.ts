import { describe, expect, it } from 'vitest';
import { kmsKeyRotationEnabled as check } from '../../../src/checks/kms/kms-key-rotation-enabled.js';
import { buildInventory, denied, ok, run, statusByArn } from '../../builders/index.js';
import { kmsKey, kmsMetadata } from '../../builders/kms.js';
import type { KmsKey } from '../../../src/model/kms.js';

const withKeys = (...keys: KmsKey[]) => run(check, buildInventory({ kms: { keys: { 'eu-west-1': ok(keys), 'us-east-1': ok([]) } } }));

describe('kms-key-rotation-enabled', () => {
  it('passes rotating customer keys and skips AWS managed keys', () => {
    const results = run(check, buildInventory());
    expect(results).toHaveLength(2);
    expect(results.every((r) => r.status === 'PASS' && r.resourceArn.includes('1234abcd'))).toBe(true);
  });

  it('fails an enabled customer symmetric key without rotation', () => {
    const key = kmsKey('eu-west-1', 'k-norotate', { rotation: ok({ enabled: false, rotationPeriodInDays: null }) });
    const [r] = withKeys(key);
    expect(r).toMatchObject({ status: 'FAIL', resourceArn: key.arn, region: 'eu-west-1' });
    expect(r?.reason).toContain('does not have automatic rotation enabled');
  });

  it('ignores keys that cannot rotate automatically (asymmetric, imported, disabled, AWS managed)', () => {
    const keys = [
      kmsKey('eu-west-1', 'k-rsa', { metadata: ok(kmsMetadata({ keySpec: 'RSA_2048' })), rotation: null }),
      kmsKey('eu-west-1', 'k-imported', { metadata: ok(kmsMetadata({ origin: 'EXTERNAL' })), rotation: null }),
      kmsKey('eu-west-1', 'k-disabled', { metadata: ok(kmsMetadata({ keyState: 'Disabled' })), rotation: null }),
      kmsKey('eu-west-1', 'k-aws', { aliases: ['alias/aws/ebs'], metadata: ok(kmsMetadata({ keyManager: 'AWS' })), rotation: null }),
    ];
    expect(withKeys(...keys)).toEqual([]);
  });

  it('is unknown when GetKeyRotationStatus, DescribeKey or ListKeys was denied', () => {
    const rot = kmsKey('eu-west-1', 'k-rot', { rotation: denied('kms:GetKeyRotationStatus') });
    const desc = kmsKey('eu-west-1', 'k-desc', { metadata: denied('kms:DescribeKey') });
    const results = withKeys(rot, desc);
    expect(statusByArn(results)).toEqual({ [rot.arn]: 'UNKNOWN', [desc.arn]: 'UNKNOWN' });
    expect(results[0]?.reason).toContain('kms:GetKeyRotationStatus');
    expect(results[1]?.reason).toContain('kms:DescribeKey');
    const listDenied = run(check, buildInventory({ kms: { keys: { 'eu-west-1': denied('kms:ListKeys', { region: 'eu-west-1' }) } } }));
    expect(listDenied).toMatchObject([{ status: 'UNKNOWN', resourceArn: 'arn:aws:kms:eu-west-1:111122223333:account' }]);
    expect(listDenied[0]?.reason).toContain('kms:ListKeys');
  });
});
