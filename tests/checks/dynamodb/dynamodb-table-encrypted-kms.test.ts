import { describe, it, expect } from 'vitest';
import { dynamodbTableEncryptedKms as check } from '../../../src/checks/dynamodb/dynamodb-table-encrypted-kms.js';
import { arn, buildInventory, denied, ok, run } from '../../builders/index.js';
import { dynamodbSection, dynamodbTable } from '../../builders/dynamodb.js';
import type { DynamodbTable } from '../../../src/model/dynamodb.js';

const one = (overrides: Partial<DynamodbTable>) =>
  run(check, buildInventory({ dynamodb: dynamodbSection([dynamodbTable('t', 'us-east-1', overrides)]) }))[0];

describe('dynamodb-table-encrypted-kms', () => {
  it('passes tables encrypted with a KMS key', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe(`DynamoDB table t is encrypted with KMS key ${arn('kms', 'us-east-1', 'key/1234abcd')}.`);
  });

  it('fails a table on the default AWS owned key', () => {
    const r = one({
      description: ok({
        deletionProtectionEnabled: true,
        sseType: null,
        kmsKeyArn: null,
        billingMode: 'PAY_PER_REQUEST',
        globalSecondaryIndexNames: [],
      }),
    });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('DynamoDB table t is encrypted with the default AWS owned key.');
  });

  it('fails a table encrypted with another SSE type', () => {
    const r = one({
      description: ok({
        deletionProtectionEnabled: true,
        sseType: 'AES256',
        kmsKeyArn: null,
        billingMode: 'PAY_PER_REQUEST',
        globalSecondaryIndexNames: [],
      }),
    });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('DynamoDB table t is encrypted with AES256, not a KMS key.');
  });

  it('is UNKNOWN when dynamodb:DescribeTable is denied', () => {
    const r = one({ description: denied('dynamodb:DescribeTable') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('dynamodb:DescribeTable');
  });
});
