import { DescribeClusterCommand, EKSClient, paginateListClusters, type Cluster } from '@aws-sdk/client-eks';
import type { EksCluster, EksClusterDetail, EksSection } from '../model/eks.js';
import type { Collector } from './kit/collector.js';
import { arnPrefix, forEachRegion, type CollectContext } from './kit/context.js';
import { readList } from './kit/list.js';
import { andThen, mapObserved, ok } from './kit/observed.js';

function toDetail(c: Cluster | undefined): EksClusterDetail {
  const vpc = c?.resourcesVpcConfig;
  return {
    version: c?.version ?? null,
    endpointPublicAccess: vpc?.endpointPublicAccess ?? null,
    publicAccessCidrs: vpc?.publicAccessCidrs ?? [],
    encryptedResources: (c?.encryptionConfig ?? []).flatMap((e) => e.resources ?? []),
    enabledLogTypes: [
      ...new Set((c?.logging?.clusterLogging ?? []).filter((l) => l.enabled === true).flatMap((l) => l.types ?? [])),
    ].sort(),
    tagKeys: Object.keys(c?.tags ?? {}),
  };
}

async function readCluster(ctx: CollectContext, client: EKSClient, region: string, name: string): Promise<EksCluster> {
  // The ARN format is documented (arn:PARTITION:eks:REGION:ACCOUNT:cluster/NAME), so a cluster whose
  // DescribeCluster is denied still has its own identity in the findings.
  const arn = `${arnPrefix(ctx, 'eks', region)}:cluster/${name}`;
  const detail = await ctx.reader.read('eks:DescribeCluster', { target: arn, region }, () =>
    client.send(new DescribeClusterCommand({ name })),
  );
  return { arn, region, name, detail: mapObserved(detail, (d) => toDetail(d.cluster)) };
}

/**
 * Clusters per region: ListClusters (paginated, 100 per page), then DescribeCluster per cluster;
 * EKS has no bulk describe, so a region costs 1 + N calls.
 * https://docs.aws.amazon.com/eks/latest/APIReference/API_ListClusters.html
 */
export async function collectEks(ctx: CollectContext): Promise<EksSection> {
  const clusters = await forEachRegion(ctx, 'eks', async (region) => {
    const client = ctx.clients.get(EKSClient, region);
    const listed = await readList(
      ctx.reader,
      'eks:ListClusters',
      { target: `${arnPrefix(ctx, 'eks', region)}:cluster/*`, region },
      () => paginateListClusters({ client, pageSize: 100 }, {}),
      (p) => p.clusters,
      (n) => n,
    );
    return andThen(listed, async (names) => ok(await Promise.all(names.map((n) => readCluster(ctx, client, region, n)))));
  });
  return { clusters };
}

export const eksCollector: Collector<'eks'> = {
  section: 'eks',
  collect: collectEks,
};
