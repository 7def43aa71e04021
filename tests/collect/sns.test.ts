import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import { collectSns } from '../../src/collect/sns.js';
import { startMoto, seedConfig, MOTO_ACCOUNT_ID, type Moto } from '../moto.js';
import { motoContext, restrictedCredentials } from '../collect-context.js';

let moto: Moto;
let encryptedArn = '';
let plainArn = '';
const publicPolicy = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'Open', Effect: 'Allow', Principal: '*', Action: 'sns:Publish', Resource: '*' }],
};

beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
  const sns = new SNSClient(seedConfig(moto, 'us-east-1'));
  try {
    encryptedArn =
      (
        await sns.send(
          new CreateTopicCommand({
            Name: 'encrypted',
            Attributes: { KmsMasterKeyId: 'alias/aws/sns' },
            Tags: [
              { Key: 'team', Value: 'ops' },
              { Key: 'app', Value: 'demo' },
            ],
          }),
        )
      ).TopicArn ?? '';
    plainArn =
      (await sns.send(new CreateTopicCommand({ Name: 'plain', Attributes: { Policy: JSON.stringify(publicPolicy) } }))).TopicArn ?? '';
  } finally {
    sns.destroy();
  }
});
afterAll(async () => {
  await moto?.stop();
});

describe('collectSns', () => {
  it('records each topic with its key, its policy and its tag keys, and an empty region as empty', async () => {
    const ctx = motoContext(moto, ['us-east-1', 'eu-west-1']);
    try {
      const { topics } = await collectSns(ctx);
      expect(topics['eu-west-1']).toEqual({ ok: true, value: [] });
      const list = topics['us-east-1'];
      expect(list?.ok).toBe(true);
      const byName = new Map((list?.ok ? list.value : []).map((t) => [t.name, t]));
      expect([...byName.keys()].sort()).toEqual(['encrypted', 'plain']);
      const encrypted = byName.get('encrypted');
      expect(encrypted).toMatchObject({
        arn: `arn:aws:sns:us-east-1:${MOTO_ACCOUNT_ID}:encrypted`,
        region: 'us-east-1',
        attributes: { ok: true, value: { kmsMasterKeyId: 'alias/aws/sns' } },
        tagKeys: { ok: true, value: ['app', 'team'] },
      });
      // A topic created without a policy gets AWS's default one, pinned to the owner by AWS:SourceOwner.
      expect(JSON.stringify(encrypted?.attributes.ok ? encrypted.attributes.value.policy : null)).toContain('SourceOwner');
      expect(byName.get('plain')).toMatchObject({
        arn: plainArn,
        attributes: { ok: true, value: { kmsMasterKeyId: null, policy: publicPolicy } },
        tagKeys: { ok: true, value: [] },
      });
      expect(encryptedArn).toBe(encrypted?.arn);
    } finally {
      ctx.close();
    }
  });

  it('records denied reads as access-denied ReadErrors: the topic list, or each topic read', async () => {
    const listOnly = await restrictedCredentials(moto, 'topic-lister', ['sns:ListTopics']);
    const nothing = await restrictedCredentials(moto, 'topic-nobody', ['iam:GetUser']);
    await moto.enableIamAuth();
    const listed = motoContext(moto, ['us-east-1'], listOnly);
    const denied = motoContext(moto, ['us-east-1'], nothing);
    try {
      const seen = (await collectSns(listed)).topics['us-east-1'];
      expect(seen).toMatchObject({ ok: true });
      for (const t of seen?.ok ? seen.value : []) {
        expect(t.attributes).toMatchObject({
          ok: false,
          error: { action: 'sns:GetTopicAttributes', kind: 'access-denied', target: t.arn },
        });
        expect(t.tagKeys).toMatchObject({ ok: false, error: { action: 'sns:ListTagsForResource', kind: 'access-denied' } });
      }
      expect(seen?.ok ? seen.value.length : 0).toBe(2);
      expect((await collectSns(denied)).topics['us-east-1']).toMatchObject({
        ok: false,
        error: { action: 'sns:ListTopics', kind: 'access-denied', region: 'us-east-1' },
      });
    } finally {
      listed.close();
      denied.close();
      await moto.disableIamAuth();
    }
  });
});
