import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateSecretCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { collectSecretsmanager } from '../../src/collect/secretsmanager.js';
import { startMoto, seedConfig, type Moto } from '../moto.js';
import { motoContext, restrictedCredentials } from '../collect-context.js';
import { seedSecretsmanager } from '../seed/secretsmanager.js';

let moto: Moto;

beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
  await seedSecretsmanager(moto, ['us-east-1']);
  const sm = new SecretsManagerClient(seedConfig(moto, 'us-east-1'));
  await sm.send(new CreateSecretCommand({ Name: 'plain', SecretString: 'value-that-must-not-leak' }));
  sm.destroy();
}, 60_000);
afterAll(async () => {
  await moto?.stop();
});

describe('collectSecretsmanager', () => {
  it('records each secret with its rotation, dates, key and tags, and never a value', async () => {
    const ctx = motoContext(moto, ['us-east-1', 'eu-west-1']);
    try {
      const { secrets } = await collectSecretsmanager(ctx);
      const list = secrets['us-east-1'];
      if (!list?.ok) throw new Error('ListSecrets failed');
      const byName = Object.fromEntries(list.value.map((s) => [s.name, s]));
      expect(byName['demo/orders-db']).toMatchObject({
        region: 'us-east-1',
        rotationEnabled: true,
        rotationIntervalDays: 30,
        nextRotationDate: expect.any(String),
        createdDate: expect.any(String),
        kmsKeyId: expect.stringContaining('arn:aws:kms:us-east-1:'),
        tags: { app: 'demo' },
      });
      expect(byName['plain']).toMatchObject({
        rotationEnabled: false,
        rotationIntervalDays: null,
        lastRotatedDate: null,
        nextRotationDate: null,
        kmsKeyId: null,
        tags: {},
      });
      expect(JSON.stringify(secrets)).not.toContain('value-that-must-not-leak');
      expect(secrets['eu-west-1']).toEqual({ ok: true, value: [] });
    } finally {
      ctx.close();
    }
  });

  it('records a denied ListSecrets as an access-denied ReadError', async () => {
    const nothing = await restrictedCredentials(moto, 'secrets-nobody', ['iam:GetUser']);
    await moto.enableIamAuth();
    const denied = motoContext(moto, ['us-east-1'], nothing);
    try {
      expect((await collectSecretsmanager(denied)).secrets['us-east-1']).toMatchObject({
        ok: false,
        error: { action: 'secretsmanager:ListSecrets', kind: 'access-denied', region: 'us-east-1' },
      });
    } finally {
      denied.close();
      await moto.disableIamAuth();
    }
  });
});
