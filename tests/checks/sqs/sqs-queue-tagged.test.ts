import { describe, it, expect } from 'vitest';
import { sqsQueueTagged as check } from '../../../src/checks/sqs/sqs-queue-tagged.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { sqsQueue, sqsSection } from '../../builders/sqs.js';
import type { SqsQueue } from '../../../src/model/sqs.js';

const one = (overrides: Partial<SqsQueue>) => run(check, buildInventory({ sqs: sqsSection([sqsQueue('q', 'us-east-1', overrides)]) }))[0];

describe('sqs-queue-tagged', () => {
  it('passes tagged queues', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({ tagKeys: ok(['aws:cloudformation:stack-id', 'owner', 'team']) })?.reason).toBe('SQS queue q has tag keys owner, team.');
  });

  it('fails a queue without tags', () => {
    const r = one({ tagKeys: ok([]) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('SQS queue q has no tags.');
  });

  it('fails a queue with system tags only', () => {
    const r = one({ tagKeys: ok(['aws:cloudformation:stack-id']) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('SQS queue q has only system tags (aws:...), which AWS applies itself.');
  });

  it('is UNKNOWN when sqs:ListQueueTags is denied', () => {
    const r = one({ tagKeys: denied('sqs:ListQueueTags') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('sqs:ListQueueTags');
  });
});
