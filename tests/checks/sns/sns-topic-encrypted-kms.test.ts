import { describe, it, expect } from 'vitest';
import { snsTopicEncryptedKms as check } from '../../../src/checks/sns/sns-topic-encrypted-kms.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { snsSection, snsTopic, snsTopicAttributes } from '../../builders/sns.js';
import type { SnsTopic } from '../../../src/model/sns.js';

const one = (overrides: Partial<SnsTopic>) => run(check, buildInventory({ sns: snsSection([snsTopic('t', 'us-east-1', overrides)]) }))[0];

describe('sns-topic-encrypted-kms', () => {
  it('passes topics with a KMS key, the AWS managed one included', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('SNS topic t is encrypted at rest with KMS key alias/aws/sns.');
  });

  it('fails a topic without a KMS key', () => {
    const t = snsTopic('t', 'us-east-1');
    const r = one({ attributes: ok(snsTopicAttributes(t.arn, { kmsMasterKeyId: null })) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('SNS topic t has no KMS key set for server-side encryption.');
  });

  it('is UNKNOWN when sns:GetTopicAttributes is denied', () => {
    const r = one({ attributes: denied('sns:GetTopicAttributes') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('sns:GetTopicAttributes');
  });

  it('is UNKNOWN for the region when sns:ListTopics is denied', () => {
    const inv = buildInventory({ sns: { topics: { 'us-east-1': denied('sns:ListTopics', { region: 'us-east-1' }) } } });
    const [r] = run(check, inv);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('sns:ListTopics');
  });
});
