import type { DynamodbTable, DynamodbSection } from '../../src/model/dynamodb.js';
import { REGIONS, arn, ok } from './common.js';

/**
 * A compliant DynamoDB table (PITR on, deletion protection on, a customer managed KMS key); a test
 * overrides only what makes its case fail.
 */
export function dynamodbTable(name: string, region: string, overrides: Partial<DynamodbTable> = {}): DynamodbTable {
  return {
    name,
    arn: arn('dynamodb', region, `table/${name}`),
    region,
    description: ok({
      deletionProtectionEnabled: true,
      sseType: 'KMS',
      kmsKeyArn: arn('kms', region, 'key/1234abcd'),
      billingMode: 'PAY_PER_REQUEST',
      globalSecondaryIndexNames: [],
    }),
    pointInTimeRecovery: ok('ENABLED'),
    tagKeys: ok(['team']),
    tags: ok({ team: 'payments' }),
    ...overrides,
  };
}

export function dynamodbSection(tables: DynamodbTable[]): DynamodbSection {
  return { tables: Object.fromEntries(REGIONS.map((r) => [r, ok(tables.filter((x) => x.region === r))])) };
}

export function compliantDynamodbSection(): DynamodbSection {
  return dynamodbSection(REGIONS.map((r) => dynamodbTable(`orders-${r}`, r)));
}
