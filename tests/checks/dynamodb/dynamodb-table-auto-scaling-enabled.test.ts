import { describe, expect, it } from 'vitest';
import { dynamodbTableAutoScalingEnabled as check } from '../../../src/checks/dynamodb/dynamodb-table-auto-scaling-enabled.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { applicationautoscalingSection, tableScaling } from '../../builders/applicationautoscaling.js';
import { dynamodbSection, dynamodbTable } from '../../builders/dynamodb.js';
import type { ApplicationautoscalingScaled } from '../../../src/model/applicationautoscaling.js';
import type { DynamodbTable } from '../../../src/model/dynamodb.js';

const provisioned = (indexes: string[] = []): Partial<DynamodbTable> => ({
  description: ok({
    deletionProtectionEnabled: true,
    sseType: null,
    kmsKeyArn: null,
    billingMode: 'PROVISIONED',
    globalSecondaryIndexNames: indexes,
  }),
});
const one = (table: Partial<DynamodbTable>, targets: ApplicationautoscalingScaled[], policies = targets) =>
  run(
    check,
    buildInventory({
      dynamodb: dynamodbSection([dynamodbTable('t', 'us-east-1', table)]),
      applicationautoscaling: applicationautoscalingSection(targets, policies),
    }),
  )[0];
const indexScaling = (index: string) =>
  ['Read', 'Write'].map((d) => ({ resourceId: `table/t/index/${index}`, scalableDimension: `dynamodb:index:${d}CapacityUnits` }));

describe('dynamodb-table-auto-scaling-enabled', () => {
  it('passes on-demand tables', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({}, [])?.reason).toBe('DynamoDB table t uses on-demand capacity.');
  });

  it('passes a provisioned table with read and write auto scaling on the table and its indexes', () => {
    const r = one(provisioned(['by-date']), [...tableScaling('t'), ...indexScaling('by-date')]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe(
      'DynamoDB table t uses provisioned capacity with auto scaling on reads and writes of the table and its indexes.',
    );
  });

  it('fails a provisioned table without auto scaling', () => {
    const r = one(provisioned(), []);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'DynamoDB table t uses provisioned capacity without auto scaling (a scalable target and policy) for table reads, table writes.',
    );
  });

  it('fails when a target has no scaling policy, or an index is not scaled', () => {
    const targets = tableScaling('t');
    const noPolicy = one(provisioned(), targets, targets.slice(0, 1));
    expect(noPolicy?.status).toBe('FAIL');
    expect(noPolicy?.reason).toContain('for table writes.');
    const index = one(provisioned(['by-date']), targets);
    expect(index?.status).toBe('FAIL');
    expect(index?.reason).toContain('for index by-date reads, index by-date writes.');
  });

  it('is UNKNOWN when the scalable targets could not be read, or the table description', () => {
    const inv = buildInventory({ dynamodb: dynamodbSection([dynamodbTable('t', 'us-east-1', provisioned())]) });
    const region = inv.applicationautoscaling.regions['us-east-1'];
    if (region) region.dynamodbTargets = denied('application-autoscaling:DescribeScalableTargets');
    const [r] = run(check, inv).filter((x) => x.region === 'us-east-1');
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('application-autoscaling:DescribeScalableTargets');
    const d = one({ description: denied('dynamodb:DescribeTable') }, []);
    expect(d?.status).toBe('UNKNOWN');
    expect(d?.reason).toContain('dynamodb:DescribeTable');
  });
});
