import { GetQueueAttributesCommand, ListQueueTagsCommand, SQSClient, paginateListQueues } from '@aws-sdk/client-sqs';
import type { SqsQueue, SqsQueueAttributes, SqsQueuePolicy, SqsSection } from '../model/sqs.js';
import type { Collector } from './kit/collector.js';
import { arnPrefix, forEachRegion, type CollectContext } from './kit/context.js';
import { readList } from './kit/list.js';
import { allKeyed, andThen, mapObserved, ok } from './kit/observed.js';
import { parsePolicyText } from './kit/policy-text.js';

/** Only what the checks read; `All` would also fetch counters and redrive settings. */
const ATTRIBUTES = ['Policy', 'KmsMasterKeyId', 'SqsManagedSseEnabled'] as const;

function toAttributes(attributes: Partial<Record<string, string>> | undefined): SqsQueueAttributes {
  const key = attributes?.KmsMasterKeyId;
  const sse = attributes?.SqsManagedSseEnabled;
  return {
    kmsMasterKeyId: key ? key : null,
    sqsManagedSseEnabled: sse === undefined ? null : sse.toLowerCase() === 'true',
    policy: parsePolicyText(attributes?.Policy) as SqsQueuePolicy | null,
  };
}

/**
 * A queue URL is `https://sqs.REGION.amazonaws.com/ACCOUNT/NAME` (other hosts, such as the legacy
 * `REGION.queue.amazonaws.com` or an emulator, keep the same path), so the ARN is built from it
 * without a read. https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-queue-message-identifiers.html
 */
function queueIdentity(ctx: CollectContext, region: string, url: string): { arn: string; name: string } {
  const path = url
    .replace(/^[a-z]+:\/\/[^/]+/i, '')
    .split('/')
    .filter(Boolean);
  const name = path.at(-1) ?? url;
  const account = path.length >= 2 && /^\d{12}$/.test(path.at(-2) ?? '') ? (path.at(-2) as string) : ctx.accountId;
  return { arn: `arn:${ctx.partition}:sqs:${region}:${account}:${name}`, name };
}

async function readQueue(ctx: CollectContext, client: SQSClient, region: string, url: string): Promise<SqsQueue> {
  const { arn, name } = queueIdentity(ctx, region, url);
  const scope = { target: arn, region };
  const reads = await allKeyed({
    attributes: ctx.reader.read('sqs:GetQueueAttributes', scope, () =>
      client.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: [...ATTRIBUTES] })),
    ),
    tags: ctx.reader.read('sqs:ListQueueTags', scope, () => client.send(new ListQueueTagsCommand({ QueueUrl: url }))),
  });
  return {
    arn,
    region,
    name,
    url,
    attributes: mapObserved(reads.attributes, (a) => toAttributes(a.Attributes)),
    tagKeys: mapObserved(reads.tags, (t) => Object.keys(t.Tags ?? {}).sort()),
  };
}

/**
 * Queues per region: ListQueues (paginated: without MaxResults AWS returns at most 1,000 URLs and
 * no NextToken), then GetQueueAttributes and ListQueueTags per queue.
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ListQueues.html
 */
export async function collectSqs(ctx: CollectContext): Promise<SqsSection> {
  const queues = await forEachRegion(ctx, 'sqs', async (region) => {
    const client = ctx.clients.get(SQSClient, region);
    const listed = await readList(
      ctx.reader,
      'sqs:ListQueues',
      { target: `${arnPrefix(ctx, 'sqs', region)}:*`, region },
      () => paginateListQueues({ client, pageSize: 1000 }, {}),
      (p) => p.QueueUrls,
      (u) => u,
    );
    return andThen(listed, async (urls) => ok(await Promise.all(urls.map((u) => readQueue(ctx, client, region, u)))));
  });
  return { queues };
}

export const sqsCollector: Collector<'sqs'> = {
  section: 'sqs',
  collect: collectSqs,
};
