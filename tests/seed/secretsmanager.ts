/**
 * Demo Secrets Manager secrets in the first region: a database secret rotated every 30 days with a
 * customer managed key and tags, and a hand-made API key without rotation, tags or own key, whose
 * resource policy lets everyone read it.
 * moto cannot backdate dates (docs/testing.md), so both are fresh: "unused" and "not rotated for
 * 90 days" cannot be seeded as failures, and a failed rotation cannot be built.
 */
import { CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { CreateSecretCommand, PutResourcePolicyCommand, RotateSecretCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { TEST_CREDENTIALS } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

export async function seedSecretsmanager(moto: { endpoint: string }, regions: string[]): Promise<ExpectedFinding[]> {
  const region = regions[0];
  if (!region) return [];
  const config = { endpoint: moto.endpoint, region, credentials: TEST_CREDENTIALS, maxAttempts: 1 };
  const sm = new SecretsManagerClient(config);
  const kms = new KMSClient(config);
  try {
    const key = (await kms.send(new CreateKeyCommand({ Description: 'demo secrets key' }))).KeyMetadata?.Arn ?? '';
    const db = await sm.send(
      new CreateSecretCommand({
        Name: 'demo/orders-db',
        SecretString: '{"username":"orders","password":"demo-only"}',
        KmsKeyId: key,
        Tags: [{ Key: 'app', Value: 'demo' }],
      }),
    );
    // moto marks rotation enabled and computes NextRotationDate without running the function.
    await sm
      .send(
        new RotateSecretCommand({
          SecretId: db.ARN,
          RotationLambdaARN: `arn:aws:lambda:${region}:123456789012:function:demo-rotate-orders-db`,
          RotationRules: { AutomaticallyAfterDays: 30 },
          RotateImmediately: false,
        }),
      )
      .catch(() => undefined);
    const api = await sm.send(new CreateSecretCommand({ Name: 'demo/partner-api-key', SecretString: 'demo-only' }));
    const good = db.ARN ?? '';
    const bad = api.ARN ?? '';
    const open = { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'secretsmanager:GetSecretValue', Resource: '*' };
    await sm.send(
      new PutResourcePolicyCommand({ SecretId: bad, ResourcePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [open] }) }),
    );
    return [
      { checkId: 'secretsmanager-secret-rotation-enabled', resourceArn: good, status: 'PASS' },
      { checkId: 'secretsmanager-secret-rotation-enabled', resourceArn: bad, status: 'FAIL' },
      { checkId: 'secretsmanager-secret-rotation-succeeding', resourceArn: good, status: 'PASS' },
      { checkId: 'secretsmanager-secret-recently-used', resourceArn: good, status: 'PASS' },
      { checkId: 'secretsmanager-secret-recently-used', resourceArn: bad, status: 'PASS' },
      { checkId: 'secretsmanager-secret-rotated-within-90-days', resourceArn: good, status: 'PASS' },
      { checkId: 'secretsmanager-secret-rotated-within-90-days', resourceArn: bad, status: 'PASS' },
      { checkId: 'secretsmanager-secret-tagged', resourceArn: good, status: 'PASS' },
      { checkId: 'secretsmanager-secret-tagged', resourceArn: bad, status: 'FAIL' },
      { checkId: 'secretsmanager-secret-customer-managed-key', resourceArn: good, status: 'PASS' },
      { checkId: 'secretsmanager-secret-customer-managed-key', resourceArn: bad, status: 'FAIL' },
      { checkId: 'secretsmanager-secret-policy-not-public', resourceArn: good, status: 'PASS' },
      { checkId: 'secretsmanager-secret-policy-not-public', resourceArn: bad, status: 'FAIL' },
      { checkId: 'secretsmanager-secret-policy-no-cross-account-access', resourceArn: good, status: 'PASS' },
      { checkId: 'secretsmanager-secret-policy-no-cross-account-access', resourceArn: bad, status: 'FAIL' },
    ];
  } finally {
    sm.destroy();
    kms.destroy();
  }
}
