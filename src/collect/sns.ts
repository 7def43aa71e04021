import { GetTopicAttributesCommand, ListTagsForResourceCommand, SNSClient, paginateListTopics } from '@aws-sdk/client-sns';
import type { SnsSection, SnsTopic, SnsTopicAttributes, SnsTopicPolicy } from '../model/sns.js';
import type { Collector } from './kit/collector.js';
import { arnPrefix, forEachRegion, type CollectContext } from './kit/context.js';
import { readList } from './kit/list.js';
import { allKeyed, andThen, mapObserved, ok } from './kit/observed.js';
import { parsePolicyText } from './kit/policy-text.js';

/** Attributes are a string map; an empty KmsMasterKeyId means no encryption, like an absent one. */
function toAttributes(attributes: Record<string, string> | undefined): SnsTopicAttributes {
  const key = attributes?.KmsMasterKeyId;
  return {
    kmsMasterKeyId: key ? key : null,
    policy: parsePolicyText(attributes?.Policy) as SnsTopicPolicy | null,
  };
}

async function readTopic(ctx: CollectContext, client: SNSClient, region: string, arn: string): Promise<SnsTopic> {
  const scope = { target: arn, region };
  const reads = await allKeyed({
    attributes: ctx.reader.read('sns:GetTopicAttributes', scope, () => client.send(new GetTopicAttributesCommand({ TopicArn: arn }))),
    tags: ctx.reader.read('sns:ListTagsForResource', scope, () => client.send(new ListTagsForResourceCommand({ ResourceArn: arn }))),
  });
  return {
    arn,
    region,
    name: arn.split(':').pop() ?? arn,
    attributes: mapObserved(reads.attributes, (a) => toAttributes(a.Attributes)),
    tagKeys: mapObserved(reads.tags, (t) => (t.Tags ?? []).flatMap((tag) => (tag.Key ? [tag.Key] : [])).sort()),
  };
}

/**
 * Topics per region: ListTopics (paginated), then GetTopicAttributes and ListTagsForResource per
 * topic, paced by the scheduler's sns bucket. SNS also serves the cloudwatch section (subscriptions
 * of alarm topics), which keeps its own reads.
 */
export async function collectSns(ctx: CollectContext): Promise<SnsSection> {
  const topics = await forEachRegion(ctx, 'sns', async (region) => {
    const client = ctx.clients.get(SNSClient, region);
    const listed = await readList(
      ctx.reader,
      'sns:ListTopics',
      { target: `${arnPrefix(ctx, 'sns', region)}:*`, region },
      () => paginateListTopics({ client }, {}),
      (p) => p.Topics,
      (t) => t.TopicArn,
    );
    return andThen(listed, async (arns) =>
      ok(await Promise.all(arns.filter((a): a is string => typeof a === 'string').map((a) => readTopic(ctx, client, region, a)))),
    );
  });
  return { topics };
}

export const snsCollector: Collector<'sns'> = {
  section: 'sns',
  collect: collectSns,
};
