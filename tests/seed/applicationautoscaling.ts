/**
 * Demo DynamoDB capacity in the first region: "demo-orders-scaled", provisioned with read and
 * write auto scaling, and "demo-orders-fixed", provisioned with fixed capacity (DynamoDB.1).
 */
import {
  ApplicationAutoScalingClient,
  PutScalingPolicyCommand,
  RegisterScalableTargetCommand,
} from '@aws-sdk/client-application-auto-scaling';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { MOTO_ACCOUNT_ID, TEST_CREDENTIALS } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

export async function seedApplicationautoscaling(moto: { endpoint: string }, regions: string[]): Promise<ExpectedFinding[]> {
  const region = regions[0];
  if (!region) return [];
  const config = { endpoint: moto.endpoint, region, credentials: TEST_CREDENTIALS, maxAttempts: 1 };
  const ddb = new DynamoDBClient(config);
  const aas = new ApplicationAutoScalingClient(config);
  try {
    for (const name of ['demo-orders-scaled', 'demo-orders-fixed'])
      await ddb.send(
        new CreateTableCommand({
          TableName: name,
          AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
          KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
          ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 },
        }),
      );
    for (const d of ['Read', 'Write'] as const) {
      const target = {
        ServiceNamespace: 'dynamodb',
        ResourceId: 'table/demo-orders-scaled',
        ScalableDimension: `dynamodb:table:${d}CapacityUnits`,
      } as const;
      await aas.send(new RegisterScalableTargetCommand({ ...target, MinCapacity: 5, MaxCapacity: 100 }));
      await aas.send(
        new PutScalingPolicyCommand({
          ...target,
          PolicyName: `${d.toLowerCase()}s`,
          PolicyType: 'TargetTrackingScaling',
          TargetTrackingScalingPolicyConfiguration: {
            TargetValue: 70,
            PredefinedMetricSpecification: { PredefinedMetricType: `DynamoDB${d}CapacityUtilization` },
          },
        }),
      );
    }
    const arnOf = (name: string) => `arn:aws:dynamodb:${region}:${MOTO_ACCOUNT_ID}:table/${name}`;
    return [
      { checkId: 'dynamodb-table-auto-scaling-enabled', resourceArn: arnOf('demo-orders-scaled'), status: 'PASS' },
      { checkId: 'dynamodb-table-auto-scaling-enabled', resourceArn: arnOf('demo-orders-fixed'), status: 'FAIL' },
    ];
  } finally {
    ddb.destroy();
    aas.destroy();
  }
}
