import { defineCheck, eachRegional } from '../define-check.js';
import { judgeTagged } from '../lib/tags.js';

export const dynamodbTableTagged = defineCheck({
  id: 'dynamodb-table-tagged',
  title: 'DynamoDB tables are tagged',
  service: 'dynamodb',
  severity: 'low',
  resourceType: 'AwsDynamoDbTable',
  // FSBP DynamoDB.5 (AWS Resource Tagging Standard), requiredTagKeys unset: fails when the table
  // has no tag key other than aws: system tags.
  frameworks: { fsbp: ['DynamoDB.5'] },
  rationale:
    'Tags say who owns a table and what data it holds, which is what access reviews, cost allocation and incident response start from.',
  remediation: {
    summary: 'Tag the table, at least with its owner or application.',
    console: 'DynamoDB console > Tables > the table > Additional settings > Tags > Manage tags.',
    docs: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Tagging.Operations.html',
  },
  reads: ['dynamodb'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.dynamodb.tables, 'dynamodb', (table) => judgeTagged(table, `DynamoDB table ${table.name}`, table.tagKeys)),
});
