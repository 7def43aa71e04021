import { defineCheck, eachRegional, fail, pass, unknown } from '../define-check.js';

export const dynamodbTableDeletionProtectionEnabled = defineCheck({
  id: 'dynamodb-table-deletion-protection-enabled',
  title: 'DynamoDB tables have deletion protection enabled',
  service: 'dynamodb',
  severity: 'medium',
  resourceType: 'AwsDynamoDbTable',
  // FSBP DynamoDB.6 (AWS Config dynamodb-table-deletion-protection-enabled): fails when deletion protection is disabled.
  frameworks: { fsbp: ['DynamoDB.6'] },
  rationale:
    'Deletion protection makes DeleteTable fail until it is turned off, so a table cannot be dropped by a mistaken script or a single compromised call.',
  remediation: {
    summary: 'Turn on deletion protection for the table.',
    console: 'DynamoDB console > Tables > the table > Additional settings > Deletion protection > Turn on.',
    docs: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.Basics.html#WorkingWithTables.Basics.DeletionProtection',
  },
  reads: ['dynamodb'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.dynamodb.tables, 'dynamodb', (table) => {
      if (!table.description.ok) return unknown(table, table.description.error);
      return table.description.value.deletionProtectionEnabled
        ? pass(table, `DynamoDB table ${table.name} has deletion protection enabled.`)
        : fail(table, `DynamoDB table ${table.name} has deletion protection disabled.`);
    }),
});
