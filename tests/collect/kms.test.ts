import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateAliasCommand,
  CreateKeyCommand,
  DescribeKeyCommand,
  EnableKeyRotationCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
  ListAliasesCommand,
  ListKeysCommand,
  ScheduleKeyDeletionCommand,
} from '@aws-sdk/client-kms';
import { mockClient } from 'aws-sdk-client-mock';
import { collectKms, parsePolicy } from '../../src/collect/kms.js';
import { MOTO_ACCOUNT_ID, startMoto, seedConfig, type Moto } from '../moto.js';
import { mockedContext, motoContext, restrictedCredentials } from '../collect-context.js';

let moto: Moto;
const ids: Record<string, string> = {};

beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
  const kms = new KMSClient(seedConfig(moto, 'eu-west-1'));
  const create = async (name: string, input: ConstructorParameters<typeof CreateKeyCommand>[0] = {}) => {
    const id = (await kms.send(new CreateKeyCommand({ Description: name, ...input }))).KeyMetadata?.KeyId ?? '';
    await kms.send(new CreateAliasCommand({ AliasName: `alias/${name}`, TargetKeyId: id }));
    ids[name] = id;
  };
  await create('rotating');
  await kms.send(new EnableKeyRotationCommand({ KeyId: ids['rotating'] }));
  await create('not-rotating');
  await create('doomed');
  await kms.send(new ScheduleKeyDeletionCommand({ KeyId: ids['doomed'], PendingWindowInDays: 7 }));
  await create('signing', { KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' });
  // moto creates the key behind a preloaded alias/aws/* alias lazily, as KeyManager CUSTOMER.
  await kms.send(new DescribeKeyCommand({ KeyId: 'alias/aws/ebs' }));
});
afterAll(async () => {
  await moto?.stop();
});

describe('collectKms', () => {
  it('records keys with metadata, rotation for rotatable customer keys, policy and aliases', async () => {
    const ctx = motoContext(moto, ['eu-west-1', 'us-east-1']);
    try {
      const { keys } = await collectKms(ctx);
      expect(keys['us-east-1']).toEqual({ ok: true, value: [] });
      const list = keys['eu-west-1'];
      if (!list?.ok) throw new Error('ListKeys failed');
      const byId = (name: string) => list.value.find((k) => k.keyId === ids[name]);
      expect(byId('rotating')).toMatchObject({
        aliases: ['alias/rotating'],
        metadata: {
          ok: true,
          value: { keyManager: 'CUSTOMER', keyState: 'Enabled', keySpec: 'SYMMETRIC_DEFAULT', origin: 'AWS_KMS', deletionDate: null },
        },
        rotation: { ok: true, value: { enabled: true } },
        policy: { ok: true, value: { Statement: expect.any(Array) } },
      });
      expect(byId('not-rotating')?.rotation).toEqual({ ok: true, value: { enabled: false, rotationPeriodInDays: null } });
      expect(byId('doomed')).toMatchObject({
        metadata: { ok: true, value: { keyState: 'PendingDeletion', deletionDate: expect.any(String) } },
        rotation: null,
      });
      // Asymmetric keys cannot rotate: GetKeyRotationStatus is not called.
      expect(byId('signing')).toMatchObject({ metadata: { ok: true, value: { keySpec: 'RSA_2048' } }, rotation: null });
      const awsManaged = list.value.find((k) => k.aliases.includes('alias/aws/ebs'));
      expect(awsManaged).toMatchObject({ metadata: { ok: true, value: { keyManager: 'AWS' } }, rotation: null, policy: null });
      expect(ctx.reader.errors).toEqual([]);
    } finally {
      ctx.close();
    }
  });

  it("records denied reads as access-denied ReadErrors: the key list, or a key's rotation and policy", async () => {
    const describeOnly = await restrictedCredentials(moto, 'key-describer', ['kms:ListKeys', 'kms:ListAliases', 'kms:DescribeKey']);
    const nothing = await restrictedCredentials(moto, 'key-nobody', ['iam:GetUser']);
    await moto.enableIamAuth();
    // moto answers a denied JSON-protocol call with an XML body the SDK cannot parse, so the
    // message is a SyntaxError; the HTTP 403 is what makes it access-denied (as AWS's own code would).
    const described = motoContext(moto, ['eu-west-1'], describeOnly);
    const denied = motoContext(moto, ['eu-west-1'], nothing);
    try {
      const list = (await collectKms(described)).keys['eu-west-1'];
      if (!list?.ok) throw new Error('ListKeys should be allowed');
      // A denied rotation read is not "rotation disabled": the key carries the error.
      expect(list.value.find((k) => k.keyId === ids['rotating'])).toMatchObject({
        metadata: { ok: true, value: { keyManager: 'CUSTOMER' } },
        rotation: { ok: false, error: { action: 'kms:GetKeyRotationStatus', kind: 'access-denied' } },
        policy: { ok: false, error: { action: 'kms:GetKeyPolicy', kind: 'access-denied' } },
      });
      expect((await collectKms(denied)).keys['eu-west-1']).toMatchObject({
        ok: false,
        error: { action: 'kms:ListKeys', kind: 'access-denied', region: 'eu-west-1' },
      });
    } finally {
      described.close();
      denied.close();
      await moto.disableIamAuth();
    }
  });
});

/**
 * Shapes moto cannot produce, on mocked SDK answers (aws-sdk-client-mock): a key policy that is
 * neither JSON nor valid URL encoding must not make the collector throw (which would lose every
 * key of the region).
 */
describe('collectKms on mocked answers', () => {
  it('keeps an undecodable key policy as text instead of throwing', async () => {
    const kms = mockClient(KMSClient);
    const ctx = mockedContext();
    try {
      const keyId = '1234abcd-12ab-34cd-56ef-1234567890ab';
      kms.on(ListKeysCommand).resolves({ Keys: [{ KeyId: keyId, KeyArn: `arn:aws:kms:us-east-1:${MOTO_ACCOUNT_ID}:key/${keyId}` }] });
      kms.on(ListAliasesCommand).resolves({ Aliases: [] });
      kms.on(DescribeKeyCommand).resolves({
        KeyMetadata: { KeyId: keyId, KeyManager: 'CUSTOMER', KeyState: 'Enabled', KeySpec: 'SYMMETRIC_DEFAULT', Origin: 'AWS_KMS' },
      });
      kms.on(GetKeyRotationStatusCommand).resolves({ KeyRotationEnabled: true });
      kms.on(GetKeyPolicyCommand).resolves({ Policy: '100%-not-a-policy' });
      const { keys } = await collectKms(ctx);
      expect(keys['us-east-1']).toMatchObject({
        ok: true,
        value: [{ keyId, policy: { ok: true, value: '100%-not-a-policy' }, rotation: { ok: true, value: { enabled: true } } }],
      });
      expect(parsePolicy('%7B%22Version%22%3A%222012-10-17%22%7D')).toEqual({ Version: '2012-10-17' });
      expect(parsePolicy('%E0%A4%A')).toBe('%E0%A4%A');
    } finally {
      kms.restore();
      ctx.close();
    }
  });
});
