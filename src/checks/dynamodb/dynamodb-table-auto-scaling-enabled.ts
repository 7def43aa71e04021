import { defineCheck, eachRegional, fail, missingData, pass, unknown } from '../define-check.js';
import { listSome } from '../lib/policy/index.js';

const DIMENSIONS = ['Read', 'Write'] as const;

export const dynamodbTableAutoScalingEnabled = defineCheck({
  id: 'dynamodb-table-auto-scaling-enabled',
  title: 'DynamoDB tables scale their capacity with demand',
  service: 'dynamodb',
  severity: 'medium',
  resourceType: 'AwsDynamoDbTable',
  frameworks: { fsbp: ['DynamoDB.1'] },
  rationale:
    'A provisioned table with fixed capacity throttles requests once traffic exceeds it, which takes the application down as surely as an outage. As Security Hub DynamoDB.1 with its default parameters (AWS Config dynamodb-autoscaling-enabled), a table passes in on-demand mode, or in provisioned mode when auto scaling covers the read and write capacity of the table and of each global secondary index: a scalable target with a scaling policy for each.',
  remediation: {
    summary:
      'Switch the table to on-demand capacity, or register read and write scalable targets with target tracking policies for the table and its indexes.',
    cli: 'aws dynamodb update-table --table-name <table-name> --billing-mode PAY_PER_REQUEST',
    console:
      'DynamoDB console > Tables > <table> > Additional settings > Read/write capacity > Edit > On-demand, or Provisioned with Auto scaling On for reads and writes.',
    docs: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/AutoScaling.Console.html',
  },
  reads: ['dynamodb', 'applicationautoscaling'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.dynamodb.tables, 'dynamodb', (table, region) => {
      if (!table.description.ok) return unknown(table, table.description.error);
      const { billingMode, globalSecondaryIndexNames } = table.description.value;
      if (billingMode === null)
        return unknown(
          table,
          missingData('dynamodb:DescribeTable', table.arn, 'the inventory has no billing mode (recorded by an older version)', { region }),
        );
      if (billingMode === 'PAY_PER_REQUEST') return pass(table, `DynamoDB table ${table.name} uses on-demand capacity.`);
      const scaling = inv.applicationautoscaling.regions[region];
      if (!scaling)
        return unknown(
          table,
          missingData('application-autoscaling:DescribeScalableTargets', table.arn, 'the region was not read', { region }),
        );
      if (!scaling.dynamodbTargets.ok) return unknown(table, scaling.dynamodbTargets.error);
      if (!scaling.dynamodbPolicies.ok) return unknown(table, scaling.dynamodbPolicies.error);
      const key = (resourceId: string, dimension: string) => `${resourceId} ${dimension}`;
      const targets = new Set(scaling.dynamodbTargets.value.map((t) => key(t.resourceId, t.scalableDimension)));
      const policies = new Set(scaling.dynamodbPolicies.value.map((p) => key(p.resourceId, p.scalableDimension)));
      const scaled = [
        { resourceId: `table/${table.name}`, kind: 'table', label: 'table' },
        ...globalSecondaryIndexNames.map((i) => ({ resourceId: `table/${table.name}/index/${i}`, kind: 'index', label: `index ${i}` })),
      ];
      const missing = scaled.flatMap(({ resourceId, kind, label }) =>
        DIMENSIONS.flatMap((d) => {
          const k = key(resourceId, `dynamodb:${kind}:${d}CapacityUnits`);
          return targets.has(k) && policies.has(k) ? [] : [`${label} ${d.toLowerCase()}s`];
        }),
      );
      return missing.length === 0
        ? pass(
            table,
            `DynamoDB table ${table.name} uses provisioned capacity with auto scaling on reads and writes${globalSecondaryIndexNames.length ? ' of the table and its indexes' : ''}.`,
          )
        : fail(
            table,
            `DynamoDB table ${table.name} uses provisioned capacity without auto scaling (a scalable target and policy) for ${listSome(missing)}.`,
          );
    }),
});
