import { describe, it, expect } from 'vitest';
import { dynamodbTableTagged as check } from '../../../src/checks/dynamodb/dynamodb-table-tagged.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { dynamodbSection, dynamodbTable } from '../../builders/dynamodb.js';
import type { DynamodbTable } from '../../../src/model/dynamodb.js';

const one = (overrides: Partial<DynamodbTable>) =>
  run(check, buildInventory({ dynamodb: dynamodbSection([dynamodbTable('t', 'us-east-1', overrides)]) }))[0];

describe('dynamodb-table-tagged', () => {
  it('passes tagged tables', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('DynamoDB table t has tag keys team.');
  });

  it('fails an untagged table', () => {
    const r = one({ tagKeys: ok([]) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('DynamoDB table t has no tags.');
  });

  it('fails a table with AWS system tags only', () => {
    const r = one({ tagKeys: ok(['aws:cloudformation:stack-name']) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('DynamoDB table t has no tags other than AWS system tags.');
  });

  it('is UNKNOWN when dynamodb:ListTagsOfResource is denied', () => {
    const r = one({ tagKeys: denied('dynamodb:ListTagsOfResource') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('dynamodb:ListTagsOfResource');
  });
});
