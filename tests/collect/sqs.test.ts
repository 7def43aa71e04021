import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import { collectSqs } from '../../src/collect/sqs.js';
import { startMoto, seedConfig, MOTO_ACCOUNT_ID, type Moto } from '../moto.js';
import { motoContext, restrictedCredentials } from '../collect-context.js';

let moto: Moto;
const publicPolicy = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'Open', Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: '*' }],
};

beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
  const sqs = new SQSClient(seedConfig(moto, 'us-east-1'));
  try {
    await sqs.send(new CreateQueueCommand({ QueueName: 'kms', Attributes: { KmsMasterKeyId: 'alias/aws/sqs' }, tags: { team: 'ops' } }));
    await sqs.send(
      new CreateQueueCommand({
        QueueName: 'plain',
        Attributes: { SqsManagedSseEnabled: 'false', Policy: JSON.stringify(publicPolicy) },
      }),
    );
    await sqs.send(new CreateQueueCommand({ QueueName: 'default' }));
  } finally {
    sqs.destroy();
  }
});
afterAll(async () => {
  await moto?.stop();
});

describe('collectSqs', () => {
  it('records each queue with its encryption, its policy and its tag keys, and an empty region as empty', async () => {
    const ctx = motoContext(moto, ['us-east-1', 'eu-west-1']);
    try {
      const { queues } = await collectSqs(ctx);
      expect(queues['eu-west-1']).toEqual({ ok: true, value: [] });
      const list = queues['us-east-1'];
      const byName = new Map((list?.ok ? list.value : []).map((q) => [q.name, q]));
      expect([...byName.keys()].sort()).toEqual(['default', 'kms', 'plain']);
      expect(byName.get('kms')).toMatchObject({
        arn: `arn:aws:sqs:us-east-1:${MOTO_ACCOUNT_ID}:kms`,
        region: 'us-east-1',
        url: expect.stringMatching(/\/123456789012\/kms$/) as unknown,
        attributes: { ok: true, value: { kmsMasterKeyId: 'alias/aws/sqs', policy: null } },
        tagKeys: { ok: true, value: ['team'] },
      });
      expect(byName.get('plain')).toMatchObject({
        attributes: { ok: true, value: { kmsMasterKeyId: null, sqsManagedSseEnabled: false, policy: publicPolicy } },
        tagKeys: { ok: true, value: [] },
      });
      // SSE-SQS is on by default for new queues, on AWS and on moto.
      expect(byName.get('default')).toMatchObject({
        attributes: { ok: true, value: { kmsMasterKeyId: null, sqsManagedSseEnabled: true, policy: null } },
      });
    } finally {
      ctx.close();
    }
  });

  it('records denied reads as access-denied ReadErrors: the queue list, or each queue read', async () => {
    const listOnly = await restrictedCredentials(moto, 'queue-lister', ['sqs:ListQueues']);
    const nothing = await restrictedCredentials(moto, 'queue-nobody', ['iam:GetUser']);
    await moto.enableIamAuth();
    const listed = motoContext(moto, ['us-east-1'], listOnly);
    const denied = motoContext(moto, ['us-east-1'], nothing);
    try {
      const seen = (await collectSqs(listed)).queues['us-east-1'];
      expect(seen?.ok ? seen.value.length : 0).toBe(3);
      for (const q of seen?.ok ? seen.value : []) {
        expect(q.attributes).toMatchObject({
          ok: false,
          error: { action: 'sqs:GetQueueAttributes', kind: 'access-denied', target: q.arn },
        });
        expect(q.tagKeys).toMatchObject({ ok: false, error: { action: 'sqs:ListQueueTags', kind: 'access-denied' } });
      }
      expect((await collectSqs(denied)).queues['us-east-1']).toMatchObject({
        ok: false,
        error: { action: 'sqs:ListQueues', kind: 'access-denied', region: 'us-east-1' },
      });
    } finally {
      listed.close();
      denied.close();
      await moto.disableIamAuth();
    }
  });
});
