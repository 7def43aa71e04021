import {
  DescribeStreamSummaryCommand,
  KinesisClient,
  ListTagsForStreamCommand,
  paginateListStreams,
  type StreamSummary,
} from '@aws-sdk/client-kinesis';
import type { KinesisSection, KinesisStream } from '../model/kinesis.js';
import type { Collector } from './kit/collector.js';
import { arnPrefix, forEachRegion, type CollectContext } from './kit/context.js';
import { readList } from './kit/list.js';
import { andThen, mapObserved, ok } from './kit/observed.js';

/** ListTagsForStream pages with HasMoreTags and ExclusiveStartTagKey (no SDK paginator): read to the end. */
async function allTagKeys(client: KinesisClient, arn: string): Promise<string[]> {
  const keys: string[] = [];
  let start: string | undefined;
  for (;;) {
    const page = await client.send(new ListTagsForStreamCommand({ StreamARN: arn, ExclusiveStartTagKey: start }));
    const got = (page.Tags ?? []).flatMap((t) => (t.Key ? [t.Key] : []));
    keys.push(...got);
    // A page claiming more tags but holding none would loop forever on a misbehaving endpoint.
    if (page.HasMoreTags !== true || got.length === 0) return keys;
    start = got[got.length - 1];
  }
}

async function readStream(ctx: CollectContext, client: KinesisClient, region: string, s: StreamSummary): Promise<KinesisStream> {
  const name = s.StreamName ?? '';
  const arn = s.StreamARN ?? `${arnPrefix(ctx, 'kinesis', region)}:stream/${name}`;
  // StreamARN rather than StreamName: AWS recommends the ARN, and it names the stream unambiguously.
  const summary = await ctx.reader.read('kinesis:DescribeStreamSummary', { target: arn, region }, () =>
    client.send(new DescribeStreamSummaryCommand({ StreamARN: arn })),
  );
  // Kinesis.2: Kinesis has no call that returns tags for many streams.
  const tagKeys = await ctx.reader.read('kinesis:ListTagsForStream', { target: arn, region }, () => allTagKeys(client, arn));
  return {
    arn,
    region,
    name,
    summary: mapObserved(summary, (d) => {
      const desc = d.StreamDescriptionSummary;
      return {
        encryptionType: desc?.EncryptionType ?? null,
        keyId: desc?.KeyId ? desc.KeyId : null,
        retentionPeriodHours: desc?.RetentionPeriodHours ?? 24,
      };
    }),
    tagKeys,
  };
}

/**
 * Streams per region: ListStreams (paginated; its StreamSummaries carry the ARN), then
 * DescribeStreamSummary and ListTagsForStream per stream: 1 + 2N calls per region.
 * https://docs.aws.amazon.com/kinesis/latest/APIReference/API_ListStreams.html
 */
export async function collectKinesis(ctx: CollectContext): Promise<KinesisSection> {
  const streams = await forEachRegion(ctx, 'kinesis', async (region) => {
    const client = ctx.clients.get(KinesisClient, region);
    const listed = await readList(
      ctx.reader,
      'kinesis:ListStreams',
      { target: `${arnPrefix(ctx, 'kinesis', region)}:stream/*`, region },
      () => paginateListStreams({ client }, {}),
      (p) => p.StreamSummaries,
      (s) => s,
    );
    return andThen(listed, async (list) => ok(await Promise.all(list.map((s) => readStream(ctx, client, region, s)))));
  });
  return { streams };
}

export const kinesisCollector: Collector<'kinesis'> = {
  section: 'kinesis',
  collect: collectKinesis,
};
