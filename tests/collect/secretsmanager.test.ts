import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateSecretCommand, PutResourcePolicyCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { collectSecretsmanager } from '../../src/collect/secretsmanager.js';
import { startMoto, seedConfig, type Moto } from '../moto.js';
import { motoContext, restrictedCredentials } from '../collect-context.js';
import { seedSecretsmanager } from '../seed/secretsmanager.js';

let moto: Moto;
const openPolicy = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'secretsmanager:GetSecretValue', Resource: '*' }],
};

beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
  await seedSecretsmanager(moto, ['us-east-1']);
  const sm = new SecretsManagerClient(seedConfig(moto, 'us-east-1'));
  await sm.send(new CreateSecretCommand({ Name: 'plain', SecretString: 'value-that-must-not-leak' }));
  await sm.send(new PutResourcePolicyCommand({ SecretId: 'plain', ResourcePolicy: JSON.stringify(openPolicy) }));
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
        resourcePolicy: { ok: true, value: openPolicy },
      });
      expect(byName['demo/orders-db']?.resourcePolicy).toEqual({ ok: true, value: null });
      expect(JSON.stringify(secrets)).not.toContain('value-that-must-not-leak');
      expect(secrets['eu-west-1']).toEqual({ ok: true, value: [] });
    } finally {
      ctx.close();
    }
  });

  it('records a denied ListSecrets, or a denied GetResourcePolicy per secret, as access-denied ReadErrors', async () => {
    const listOnly = await restrictedCredentials(moto, 'secrets-lister', ['secretsmanager:ListSecrets']);
    const nothing = await restrictedCredentials(moto, 'secrets-nobody', ['iam:GetUser']);
    await moto.enableIamAuth();
    const listed = motoContext(moto, ['us-east-1'], listOnly);
    const denied = motoContext(moto, ['us-east-1'], nothing);
    try {
      const seen = (await collectSecretsmanager(listed)).secrets['us-east-1'];
      expect(seen?.ok && seen.value.length).toBeGreaterThan(0);
      for (const s of seen?.ok ? seen.value : [])
        expect(s.resourcePolicy).toMatchObject({
          ok: false,
          error: { action: 'secretsmanager:GetResourcePolicy', kind: 'access-denied', target: s.arn },
        });
      expect((await collectSecretsmanager(denied)).secrets['us-east-1']).toMatchObject({
        ok: false,
        error: { action: 'secretsmanager:ListSecrets', kind: 'access-denied', region: 'us-east-1' },
      });
    } finally {
      listed.close();
      denied.close();
      await moto.disableIamAuth();
    }
  });
});
