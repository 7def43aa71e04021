import { describe, it, expect } from 'vitest';
import { sqsQueueEncrypted as check } from '../../../src/checks/sqs/sqs-queue-encrypted.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { sqsQueue, sqsQueueAttributes, sqsSection } from '../../builders/sqs.js';
import type { SqsQueueAttributes } from '../../../src/model/sqs.js';

const one = (attributes: Partial<SqsQueueAttributes>) =>
  run(check, buildInventory({ sqs: sqsSection([sqsQueue('q', 'us-east-1', { attributes: ok(sqsQueueAttributes(attributes)) })]) }))[0];

describe('sqs-queue-encrypted', () => {
  it('passes queues with SSE-SQS', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('SQS queue q is encrypted at rest with SQS-managed keys (SSE-SQS).');
  });

  it('passes queues with SSE-KMS', () => {
    const r = one({ kmsMasterKeyId: 'alias/aws/sqs', sqsManagedSseEnabled: null });
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('SQS queue q is encrypted at rest with KMS key alias/aws/sqs (SSE-KMS).');
  });

  it('fails a queue with neither', () => {
    const r = one({ kmsMasterKeyId: null, sqsManagedSseEnabled: false });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('SQS queue q has neither SQS-managed (SSE-SQS) nor KMS (SSE-KMS) server-side encryption.');
  });

  it('is UNKNOWN when the answer says nothing about SSE-SQS and names no key', () => {
    const r = one({ kmsMasterKeyId: null, sqsManagedSseEnabled: null });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe(
      'Whether SQS queue q is encrypted could not be decided: GetQueueAttributes returned neither KmsMasterKeyId nor SqsManagedSseEnabled.',
    );
  });

  it('is UNKNOWN when sqs:GetQueueAttributes is denied', () => {
    const inv = buildInventory({ sqs: sqsSection([sqsQueue('q', 'us-east-1', { attributes: denied('sqs:GetQueueAttributes') })]) });
    const [r] = run(check, inv);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('sqs:GetQueueAttributes');
  });

  it('is UNKNOWN for the region when sqs:ListQueues is denied', () => {
    const [r] = run(check, buildInventory({ sqs: { queues: { 'eu-west-1': denied('sqs:ListQueues', { region: 'eu-west-1' }) } } }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('sqs:ListQueues');
  });
});
