/**
 * Demo DynamoDB in the first region: an orders table set up as the checks ask (point-in-time
 * recovery, deletion protection, the AWS managed KMS key, a tag) and a sessions table left on every default.
 */
import { CreateTableCommand, DynamoDBClient, UpdateContinuousBackupsCommand, type CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { MOTO_ACCOUNT_ID, TEST_CREDENTIALS } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

const table = (name: string, extra: Partial<CreateTableCommandInput> = {}): CreateTableCommandInput => ({
  TableName: name,
  AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
  KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
  BillingMode: 'PAY_PER_REQUEST',
  ...extra,
});

export async function seedDynamodb(moto: { endpoint: string }, regions: string[]): Promise<ExpectedFinding[]> {
  const region = regions[0];
  if (!region) return [];
  const ddb = new DynamoDBClient({ endpoint: moto.endpoint, region, credentials: TEST_CREDENTIALS, maxAttempts: 1 });
  const arn = (name: string) => `arn:aws:dynamodb:${region}:${MOTO_ACCOUNT_ID}:table/${name}`;
  try {
    // SSEType KMS without a key id: the AWS managed key aws/dynamodb.
    await ddb.send(
      new CreateTableCommand(
        table('demo-orders', {
          Tags: [{ Key: 'app', Value: 'demo' }],
          DeletionProtectionEnabled: true,
          SSESpecification: { Enabled: true, SSEType: 'KMS' },
        }),
      ),
    );
    await ddb.send(
      new UpdateContinuousBackupsCommand({
        TableName: 'demo-orders',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      }),
    );
    await ddb.send(new CreateTableCommand(table('demo-sessions')));
  } finally {
    ddb.destroy();
  }
  const findings = (name: string, status: 'PASS' | 'FAIL'): ExpectedFinding[] =>
    [
      'dynamodb-table-pitr-enabled',
      'dynamodb-table-deletion-protection-enabled',
      'dynamodb-table-encrypted-kms',
      'dynamodb-table-tagged',
    ].map((checkId) => ({
      checkId,
      resourceArn: arn(name),
      status,
    }));
  return [...findings('demo-orders', 'PASS'), ...findings('demo-sessions', 'FAIL')];
}
