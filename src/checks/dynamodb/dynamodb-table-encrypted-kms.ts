import { defineCheck, eachRegional, fail, pass, unknown } from '../define-check.js';

/**
 * Not a Security Hub control: every DynamoDB table is encrypted at rest, by default with an AWS
 * owned key the account cannot see, audit or revoke. This stricter check asks for a KMS key (AWS
 * managed aws/dynamodb or customer managed), whose use CloudTrail records and a key policy governs.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html
 */
export const dynamodbTableEncryptedKms = defineCheck({
  id: 'dynamodb-table-encrypted-kms',
  title: 'DynamoDB tables are encrypted with a KMS key',
  service: 'dynamodb',
  severity: 'low',
  resourceType: 'AwsDynamoDbTable',
  frameworks: { checklist: ['3.32'] },
  rationale:
    'With the default AWS owned key, use of the key is not logged in CloudTrail and access to the data cannot be cut off through a key policy; a KMS key makes both possible.',
  remediation: {
    summary: 'Switch the table encryption to an AWS managed (aws/dynamodb) or customer managed KMS key.',
    console:
      'DynamoDB console > Tables > the table > Additional settings > Encryption > Manage encryption > AWS managed key or a key stored in your account.',
    docs: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/encryption.tutorial.html',
  },
  reads: ['dynamodb'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.dynamodb.tables, 'dynamodb', (table) => {
      if (!table.description.ok) return unknown(table, table.description.error);
      const { sseType, kmsKeyArn } = table.description.value;
      if (sseType === 'KMS') return pass(table, `DynamoDB table ${table.name} is encrypted with KMS key ${kmsKeyArn ?? '(not named)'}.`);
      return sseType === null
        ? fail(table, `DynamoDB table ${table.name} is encrypted with the default AWS owned key.`)
        : fail(table, `DynamoDB table ${table.name} is encrypted with ${sseType}, not a KMS key.`);
    }),
});
