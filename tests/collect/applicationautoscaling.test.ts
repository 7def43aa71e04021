import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApplicationAutoScalingClient,
  PutScalingPolicyCommand,
  RegisterScalableTargetCommand,
} from '@aws-sdk/client-application-auto-scaling';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { collectApplicationautoscaling } from '../../src/collect/applicationautoscaling.js';
import { startMoto, seedConfig, type Moto } from '../moto.js';
import { motoContext, restrictedCredentials } from '../collect-context.js';

let moto: Moto;
const dimension = 'dynamodb:table:ReadCapacityUnits';

beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
  const ddb = new DynamoDBClient(seedConfig(moto, 'us-east-1'));
  const aas = new ApplicationAutoScalingClient(seedConfig(moto, 'us-east-1'));
  try {
    await ddb.send(
      new CreateTableCommand({
        TableName: 'orders',
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 },
      }),
    );
    await aas.send(
      new RegisterScalableTargetCommand({
        ServiceNamespace: 'dynamodb',
        ResourceId: 'table/orders',
        ScalableDimension: dimension,
        MinCapacity: 5,
        MaxCapacity: 100,
      }),
    );
    await aas.send(
      new PutScalingPolicyCommand({
        ServiceNamespace: 'dynamodb',
        ResourceId: 'table/orders',
        ScalableDimension: dimension,
        PolicyName: 'reads',
        PolicyType: 'TargetTrackingScaling',
        TargetTrackingScalingPolicyConfiguration: {
          TargetValue: 70,
          PredefinedMetricSpecification: { PredefinedMetricType: 'DynamoDBReadCapacityUtilization' },
        },
      }),
    );
  } finally {
    ddb.destroy();
    aas.destroy();
  }
});
afterAll(async () => {
  await moto?.stop();
});

describe('collectApplicationautoscaling', () => {
  it('records the DynamoDB scalable targets and scaling policies, and an empty region as empty', async () => {
    const ctx = motoContext(moto, ['us-east-1', 'eu-west-1']);
    try {
      const { regions } = await collectApplicationautoscaling(ctx);
      expect(regions['eu-west-1']).toEqual({ dynamodbTargets: { ok: true, value: [] }, dynamodbPolicies: { ok: true, value: [] } });
      expect(regions['us-east-1']).toEqual({
        dynamodbTargets: { ok: true, value: [{ resourceId: 'table/orders', scalableDimension: dimension }] },
        dynamodbPolicies: { ok: true, value: [{ resourceId: 'table/orders', scalableDimension: dimension }] },
      });
    } finally {
      ctx.close();
    }
  });

  it('records denied reads as access-denied ReadErrors', async () => {
    const nothing = await restrictedCredentials(moto, 'aas-nobody', ['iam:GetUser']);
    await moto.enableIamAuth();
    const denied = motoContext(moto, ['us-east-1'], nothing);
    try {
      expect((await collectApplicationautoscaling(denied)).regions['us-east-1']).toMatchObject({
        dynamodbTargets: { ok: false, error: { action: 'application-autoscaling:DescribeScalableTargets', kind: 'access-denied' } },
        dynamodbPolicies: { ok: false, error: { action: 'application-autoscaling:DescribeScalingPolicies', kind: 'access-denied' } },
      });
    } finally {
      denied.close();
      await moto.disableIamAuth();
    }
  });
});
