import { defineCheck, eachRegional, missingData } from '../define-check.js';
import { backupPlanVerdict } from '../lib/backup-plan-verdict.js';
import { selectionCovers } from '../lib/backup-selection.js';

export const dynamodbTableInBackupPlan = defineCheck({
  id: 'dynamodb-table-in-backup-plan',
  title: 'DynamoDB tables are in an AWS Backup plan',
  service: 'dynamodb',
  severity: 'medium',
  resourceType: 'AwsDynamoDbTable',
  frameworks: { fsbp: ['DynamoDB.4'] },
  rationale:
    'A table no backup plan selects depends on point-in-time recovery alone, which keeps 35 days at most and lives in the same account. As Security Hub DynamoDB.4 (AWS Config dynamodb-resources-protected-by-backup-plan) with its default parameters (no vault lock check), a table passes when a backup plan of its region selects it, by ARN (wildcards included) or by tag.',
  remediation: {
    summary: 'Assign the table to a backup plan (by ARN or by a tag the plan selects).',
    cli: 'aws backup create-backup-selection --backup-plan-id <plan-id> --backup-selection SelectionName=tables,IamRoleArn=<backup-role-arn>,Resources=<table-arn>',
    console: 'AWS Backup console > Backup plans > <plan> > Assign resources.',
    docs: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html',
  },
  reads: ['dynamodb', 'backup'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.dynamodb.tables, 'dynamodb', (t, region) => {
      const tags = t.tags ?? {
        ok: false as const,
        error: missingData('dynamodb:ListTagsOfResource', t.arn, 'the inventory predates keeping tag values', { region }),
      };
      const values = tags.ok ? tags.value : {};
      return backupPlanVerdict(
        t,
        `DynamoDB table ${t.name}`,
        region,
        inv.backup.regions[region],
        (s) => selectionCovers(s, t.arn, values),
        tags,
      );
    }),
});
