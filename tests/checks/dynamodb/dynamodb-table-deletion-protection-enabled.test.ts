import { describe, it, expect } from 'vitest';
import { dynamodbTableDeletionProtectionEnabled as check } from '../../../src/checks/dynamodb/dynamodb-table-deletion-protection-enabled.js';
import { arn, buildInventory, denied, ok, run } from '../../builders/index.js';
import { dynamodbSection, dynamodbTable } from '../../builders/dynamodb.js';
import type { DynamodbTable } from '../../../src/model/dynamodb.js';

const one = (overrides: Partial<DynamodbTable>) =>
  run(check, buildInventory({ dynamodb: dynamodbSection([dynamodbTable('t', 'us-east-1', overrides)]) }))[0];

describe('dynamodb-table-deletion-protection-enabled', () => {
  it('passes tables with deletion protection enabled', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('DynamoDB table t has deletion protection enabled.');
  });

  it('fails a table with deletion protection disabled', () => {
    const r = one({
      description: ok({
        deletionProtectionEnabled: false,
        sseType: 'KMS',
        kmsKeyArn: arn('kms', 'us-east-1', 'key/k'),
        billingMode: 'PAY_PER_REQUEST',
        globalSecondaryIndexNames: [],
      }),
    });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('DynamoDB table t has deletion protection disabled.');
  });

  it('is UNKNOWN when dynamodb:DescribeTable is denied', () => {
    const r = one({ description: denied('dynamodb:DescribeTable') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('dynamodb:DescribeTable');
  });
});
