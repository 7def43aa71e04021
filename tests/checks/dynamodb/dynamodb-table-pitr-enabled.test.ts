import { describe, it, expect } from 'vitest';
import { dynamodbTablePitrEnabled as check } from '../../../src/checks/dynamodb/dynamodb-table-pitr-enabled.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { dynamodbSection, dynamodbTable } from '../../builders/dynamodb.js';
import type { DynamodbTable } from '../../../src/model/dynamodb.js';

const one = (overrides: Partial<DynamodbTable>) =>
  run(check, buildInventory({ dynamodb: dynamodbSection([dynamodbTable('t', 'us-east-1', overrides)]) }))[0];

describe('dynamodb-table-pitr-enabled', () => {
  it('passes tables with point-in-time recovery enabled', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('DynamoDB table t has point-in-time recovery enabled.');
  });

  it('fails a table with point-in-time recovery disabled', () => {
    const r = one({ pointInTimeRecovery: ok('DISABLED') });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('DynamoDB table t has point-in-time recovery disabled.');
  });

  it('is UNKNOWN when dynamodb:DescribeContinuousBackups is denied', () => {
    const r = one({ pointInTimeRecovery: denied('dynamodb:DescribeContinuousBackups') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('dynamodb:DescribeContinuousBackups');
  });

  it('is UNKNOWN for the region when dynamodb:ListTables is denied', () => {
    const inv = buildInventory({ dynamodb: { tables: { 'us-east-1': denied('dynamodb:ListTables') } } });
    const r = run(check, inv);
    expect(r.map((x) => x.status)).toEqual(['UNKNOWN']);
    expect(r[0]?.reason).toContain('dynamodb:ListTables');
  });
});
