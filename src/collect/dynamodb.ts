import {
  DescribeContinuousBackupsCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ListTagsOfResourceCommand,
  paginateListTables,
} from '@aws-sdk/client-dynamodb';
import type { DynamodbSection, DynamodbTable } from '../model/dynamodb.js';
import type { Collector } from './kit/collector.js';
import { arnPrefix, forEachRegion, type CollectContext } from './kit/context.js';
import { readList } from './kit/list.js';
import { allKeyed, andThen, mapObserved, ok } from './kit/observed.js';

/** ListTagsOfResource has no SDK paginator: follow NextToken to the end inside one read. */
async function allTags(client: DynamoDBClient, arn: string): Promise<Record<string, string>> {
  const tags: Record<string, string> = {};
  let token: string | undefined;
  do {
    const page = await client.send(new ListTagsOfResourceCommand({ ResourceArn: arn, NextToken: token }));
    for (const t of page.Tags ?? []) if (t.Key) tags[t.Key] = t.Value ?? '';
    token = page.NextToken;
  } while (token);
  return tags;
}

async function readTable(ctx: CollectContext, client: DynamoDBClient, region: string, name: string): Promise<DynamodbTable> {
  const arn = `${arnPrefix(ctx, 'dynamodb', region)}:table/${name}`;
  const scope = { target: arn, region };
  const reads = await allKeyed({
    description: ctx.reader.read('dynamodb:DescribeTable', scope, () => client.send(new DescribeTableCommand({ TableName: name }))),
    backups: ctx.reader.read('dynamodb:DescribeContinuousBackups', scope, () =>
      client.send(new DescribeContinuousBackupsCommand({ TableName: name })),
    ),
    tags: ctx.reader.read('dynamodb:ListTagsOfResource', scope, () => allTags(client, arn)),
  });
  return {
    name,
    arn: reads.description.ok ? (reads.description.value.Table?.TableArn ?? arn) : arn,
    region,
    description: mapObserved(reads.description, ({ Table: t }) => ({
      deletionProtectionEnabled: t?.DeletionProtectionEnabled ?? false,
      sseType: t?.SSEDescription?.SSEType ?? null,
      kmsKeyArn: t?.SSEDescription?.KMSMasterKeyArn ?? null,
      billingMode: t?.BillingModeSummary?.BillingMode ?? 'PROVISIONED',
      globalSecondaryIndexNames: (t?.GlobalSecondaryIndexes ?? []).flatMap((i) => (i.IndexName ? [i.IndexName] : [])),
    })),
    pointInTimeRecovery: mapObserved(
      reads.backups,
      (b) => b.ContinuousBackupsDescription?.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus ?? 'DISABLED',
    ),
    tagKeys: mapObserved(reads.tags, (t) => Object.keys(t)),
    tags: reads.tags,
  };
}

export async function collectDynamodb(ctx: CollectContext): Promise<DynamodbSection> {
  const tables = await forEachRegion(ctx, 'dynamodb', async (region) => {
    const client = ctx.clients.get(DynamoDBClient, region);
    const names = await readList(
      ctx.reader,
      'dynamodb:ListTables',
      { target: `${arnPrefix(ctx, 'dynamodb', region)}:table/*`, region },
      () => paginateListTables({ client }, {}),
      (p) => p.TableNames,
      (name) => name,
    );
    // Per-table reads run under the scheduler, paced by the dynamodb bucket of AWS_SERVICES.
    return andThen(names, async (list) => ok(await Promise.all(list.map((name) => readTable(ctx, client, region, name)))));
  });
  return { tables };
}

export const dynamodbCollector: Collector<'dynamodb'> = {
  section: 'dynamodb',
  collect: collectDynamodb,
};
