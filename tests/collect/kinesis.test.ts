import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddTagsToStreamCommand,
  CreateStreamCommand,
  IncreaseStreamRetentionPeriodCommand,
  KinesisClient,
  StartStreamEncryptionCommand,
} from '@aws-sdk/client-kinesis';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { collectKinesis } from '../../src/collect/kinesis.js';
import { startMoto, seedConfig, MOTO_ACCOUNT_ID, type Moto } from '../moto.js';
import { motoContext, restrictedCredentials } from '../collect-context.js';

let moto: Moto;

beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
  // The Kinesis client defaults to HTTP/2 (for SubscribeToShard), which moto_server does not speak;
  // the scanner's client factory sets an HTTP/1.1 handler the same way.
  const kinesis = new KinesisClient({ ...seedConfig(moto, 'us-east-1'), requestHandler: new NodeHttpHandler() });
  try {
    await kinesis.send(new CreateStreamCommand({ StreamName: 'secure', ShardCount: 1 }));
    await kinesis.send(new AddTagsToStreamCommand({ StreamName: 'secure', Tags: { owner: 'data' } }));
    await kinesis.send(new StartStreamEncryptionCommand({ StreamName: 'secure', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }));
    await kinesis.send(new IncreaseStreamRetentionPeriodCommand({ StreamName: 'secure', RetentionPeriodHours: 200 }));
    await kinesis.send(new CreateStreamCommand({ StreamName: 'plain', StreamModeDetails: { StreamMode: 'ON_DEMAND' } }));
  } finally {
    kinesis.destroy();
  }
});
afterAll(async () => {
  await moto?.stop();
});

describe('collectKinesis', () => {
  it('records each stream with its encryption and retention, and an empty region as empty', async () => {
    const ctx = motoContext(moto, ['us-east-1', 'eu-west-1']);
    try {
      const { streams } = await collectKinesis(ctx);
      expect(streams['eu-west-1']).toEqual({ ok: true, value: [] });
      const list = streams['us-east-1'];
      const byName = new Map((list?.ok ? list.value : []).map((s) => [s.name, s]));
      expect(byName.get('secure')).toEqual({
        arn: `arn:aws:kinesis:us-east-1:${MOTO_ACCOUNT_ID}:stream/secure`,
        region: 'us-east-1',
        name: 'secure',
        summary: { ok: true, value: { encryptionType: 'KMS', keyId: 'alias/aws/kinesis', retentionPeriodHours: 200 } },
        tagKeys: { ok: true, value: ['owner'] },
      });
      expect(byName.get('plain')?.tagKeys).toEqual({ ok: true, value: [] });
      expect(byName.get('plain')?.summary).toEqual({ ok: true, value: { encryptionType: 'NONE', keyId: null, retentionPeriodHours: 24 } });
    } finally {
      ctx.close();
    }
  });

  it('records denied reads as access-denied ReadErrors: the stream list, or each stream summary', async () => {
    const listOnly = await restrictedCredentials(moto, 'stream-lister', ['kinesis:ListStreams']);
    const nothing = await restrictedCredentials(moto, 'stream-nobody', ['iam:GetUser']);
    await moto.enableIamAuth();
    const listed = motoContext(moto, ['us-east-1'], listOnly);
    const denied = motoContext(moto, ['us-east-1'], nothing);
    try {
      const seen = (await collectKinesis(listed)).streams['us-east-1'];
      expect(seen?.ok ? seen.value.length : 0).toBe(2);
      for (const s of seen?.ok ? seen.value : []) {
        expect(s.summary).toMatchObject({
          ok: false,
          error: { action: 'kinesis:DescribeStreamSummary', kind: 'access-denied', target: s.arn },
        });
        expect(s.tagKeys).toMatchObject({
          ok: false,
          error: { action: 'kinesis:ListTagsForStream', kind: 'access-denied', target: s.arn },
        });
      }
      expect((await collectKinesis(denied)).streams['us-east-1']).toMatchObject({
        ok: false,
        error: { action: 'kinesis:ListStreams', kind: 'access-denied', region: 'us-east-1' },
      });
    } finally {
      listed.close();
      denied.close();
      await moto.disableIamAuth();
    }
  });
});
