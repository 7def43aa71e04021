import { DAXClient, DescribeClustersCommand, type DescribeClustersCommandOutput } from '@aws-sdk/client-dax';
import type { DaxCluster, DaxSection } from '../model/dax.js';
import type { Collector } from './kit/collector.js';
import { arnPrefix, forEachRegion, type CollectContext } from './kit/context.js';
import { readList } from './kit/list.js';

/** DescribeClusters pages by NextToken; the DAX client ships no paginator. */
async function* clusterPages(client: DAXClient): AsyncGenerator<DescribeClustersCommandOutput> {
  let token: string | undefined;
  do {
    const page = await client.send(new DescribeClustersCommand({ MaxResults: 100, ...(token ? { NextToken: token } : {}) }));
    yield page;
    token = page.NextToken;
  } while (token);
}

/**
 * DAX clusters per region: DescribeClusters alone (paginated, 100 per page) carries both the
 * encryption at rest (SSEDescription) and in transit (ClusterEndpointEncryptionType) settings.
 * DAX is not offered in every region; a region without it answers with an error recorded as such.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_dax_DescribeClusters.html
 */
export async function collectDax(ctx: CollectContext): Promise<DaxSection> {
  const clusters = await forEachRegion(ctx, 'dax', (region) => {
    const client = ctx.clients.get(DAXClient, region);
    return readList(
      ctx.reader,
      'dax:DescribeClusters',
      { target: `${arnPrefix(ctx, 'dax', region)}:cache/*`, region },
      () => clusterPages(client),
      (p) => p.Clusters,
      (c): DaxCluster => ({
        arn: c.ClusterArn ?? `${arnPrefix(ctx, 'dax', region)}:cache/${c.ClusterName ?? ''}`,
        region,
        name: c.ClusterName ?? '',
        sseStatus: c.SSEDescription?.Status ?? null,
        endpointEncryptionType: c.ClusterEndpointEncryptionType ?? null,
      }),
    );
  });
  return { clusters };
}

export const daxCollector: Collector<'dax'> = {
  section: 'dax',
  collect: collectDax,
};
