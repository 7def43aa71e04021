import { defineCheck, eachRegional, fail, pass, unknown } from '../define-check.js';

export const dynamodbTablePitrEnabled = defineCheck({
  id: 'dynamodb-table-pitr-enabled',
  title: 'DynamoDB tables have point-in-time recovery enabled',
  service: 'dynamodb',
  severity: 'medium',
  resourceType: 'AwsDynamoDbTable',
  // FSBP DynamoDB.2 (AWS Config dynamodb-pitr-enabled): fails when point-in-time recovery is not enabled.
  frameworks: { fsbp: ['DynamoDB.2'], checklist: ['3.32'] },
  rationale:
    'Point-in-time recovery keeps continuous backups of a table, so data deleted or overwritten by mistake or by an attacker can be restored to any second of the recovery window.',
  remediation: {
    summary: 'Turn on point-in-time recovery for the table.',
    console: 'DynamoDB console > Tables > the table > Backups > Point-in-time recovery > Edit > Turn on.',
    docs: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery_Howitworks.html',
  },
  reads: ['dynamodb'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.dynamodb.tables, 'dynamodb', (table) => {
      if (!table.pointInTimeRecovery.ok) return unknown(table, table.pointInTimeRecovery.error);
      return table.pointInTimeRecovery.value === 'ENABLED'
        ? pass(table, `DynamoDB table ${table.name} has point-in-time recovery enabled.`)
        : fail(table, `DynamoDB table ${table.name} has point-in-time recovery ${table.pointInTimeRecovery.value.toLowerCase()}.`);
    }),
});
