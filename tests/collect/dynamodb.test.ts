import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateTableCommand, DynamoDBClient, UpdateContinuousBackupsCommand, type CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { collectDynamodb } from '../../src/collect/dynamodb.js';
import { startMoto, seedConfig, MOTO_ACCOUNT_ID, type Moto } from '../moto.js';
import { motoContext, restrictedCredentials } from '../collect-context.js';

let moto: Moto;
let keyArn = '';
const tableArn = (name: string) => `arn:aws:dynamodb:us-east-1:${MOTO_ACCOUNT_ID}:table/${name}`;

const table = (name: string, extra: Partial<CreateTableCommandInput> = {}): CreateTableCommandInput => ({
  TableName: name,
  AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
  KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
  BillingMode: 'PAY_PER_REQUEST',
  ...extra,
});

beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
  const ddb = new DynamoDBClient(seedConfig(moto, 'us-east-1'));
  keyArn = (await new KMSClient(seedConfig(moto, 'us-east-1')).send(new CreateKeyCommand({}))).KeyMetadata?.Arn ?? '';
  await ddb.send(
    new CreateTableCommand(
      table('guarded', {
        Tags: [{ Key: 'team', Value: 'orders' }],
        DeletionProtectionEnabled: true,
        SSESpecification: { Enabled: true, SSEType: 'KMS', KMSMasterKeyId: keyArn },
      }),
    ),
  );
  await ddb.send(
    new UpdateContinuousBackupsCommand({ TableName: 'guarded', PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }),
  );
  await ddb.send(new CreateTableCommand(table('bare')));
});
afterAll(async () => {
  await moto?.stop();
});

describe('collectDynamodb', () => {
  it('records each table with deletion protection, encryption, point-in-time recovery and tag keys; an empty region is an empty list', async () => {
    const ctx = motoContext(moto, ['us-east-1', 'eu-west-1']);
    try {
      const { tables } = await collectDynamodb(ctx);
      const list = tables['us-east-1'];
      expect(list?.ok).toBe(true);
      const byName = Object.fromEntries((list?.ok ? list.value : []).map((t) => [t.name, t]));
      expect(byName['guarded']).toEqual({
        name: 'guarded',
        arn: tableArn('guarded'),
        region: 'us-east-1',
        description: {
          ok: true,
          value: {
            deletionProtectionEnabled: true,
            sseType: 'KMS',
            kmsKeyArn: keyArn,
            billingMode: 'PAY_PER_REQUEST',
            globalSecondaryIndexNames: [],
          },
        },
        pointInTimeRecovery: { ok: true, value: 'ENABLED' },
        tagKeys: { ok: true, value: ['team'] },
        tags: { ok: true, value: { team: expect.any(String) as unknown } },
      });
      // No SSEDescription: the default AWS owned key (as on AWS).
      expect(byName['bare']).toEqual({
        name: 'bare',
        arn: tableArn('bare'),
        region: 'us-east-1',
        description: {
          ok: true,
          value: {
            deletionProtectionEnabled: false,
            sseType: null,
            kmsKeyArn: null,
            billingMode: 'PAY_PER_REQUEST',
            globalSecondaryIndexNames: [],
          },
        },
        pointInTimeRecovery: { ok: true, value: 'DISABLED' },
        tagKeys: { ok: true, value: [] },
        tags: { ok: true, value: {} },
      });
      expect(tables['eu-west-1']).toEqual({ ok: true, value: [] });
    } finally {
      ctx.close();
    }
  });

  it('records denied reads as access-denied ReadErrors: the table list, or each table read', async () => {
    const listOnly = await restrictedCredentials(moto, 'ddb-lister', ['dynamodb:ListTables']);
    const nothing = await restrictedCredentials(moto, 'ddb-nobody', ['iam:GetUser']);
    await moto.enableIamAuth();
    const listed = motoContext(moto, ['us-east-1'], listOnly);
    const denied = motoContext(moto, ['us-east-1'], nothing);
    try {
      const tables = (await collectDynamodb(listed)).tables['us-east-1'];
      expect(tables).toMatchObject({
        ok: true,
        value: [
          {
            name: 'guarded',
            description: { ok: false, error: { action: 'dynamodb:DescribeTable', kind: 'access-denied' } },
            pointInTimeRecovery: { ok: false, error: { action: 'dynamodb:DescribeContinuousBackups', kind: 'access-denied' } },
            tagKeys: { ok: false, error: { action: 'dynamodb:ListTagsOfResource', kind: 'access-denied' } },
          },
          { name: 'bare', pointInTimeRecovery: { ok: false } },
        ],
      });
      expect((await collectDynamodb(denied)).tables['us-east-1']).toMatchObject({
        ok: false,
        error: { action: 'dynamodb:ListTables', kind: 'access-denied', region: 'us-east-1' },
      });
    } finally {
      listed.close();
      denied.close();
      await moto.disableIamAuth();
    }
  });
});
