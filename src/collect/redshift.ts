import {
  DescribeLoggingStatusCommand,
  RedshiftClient,
  paginateDescribeClusterParameterGroups,
  paginateDescribeClusterParameters,
  paginateDescribeClusterSnapshots,
  paginateDescribeClusterSubnetGroups,
  paginateDescribeClusters,
  paginateDescribeEventSubscriptions,
  type Cluster,
  type Tag,
  type LoggingStatus,
  type Parameter,
} from '@aws-sdk/client-redshift';
import type { Observed } from '../model/observed.js';
import type { RedshiftCluster, RedshiftLoggingStatus, RedshiftRegion, RedshiftSection, RedshiftSnapshot } from '../model/redshift.js';
import type { Collector } from './kit/collector.js';
import { arnPrefix, forEachRegion, type CollectContext } from './kit/context.js';
import { allPages, readList } from './kit/list.js';
import { allKeyed, andThen, mapObserved, ok } from './kit/observed.js';

/** The cluster parameters checks read; every other parameter is dropped. */
export const CLUSTER_PARAMETERS = ['require_ssl', 'enable_user_activity_logging'] as const;

/** DescribeClusters and DescribeClusterParameters accept MaxRecords 20 to 100. */
const PAGE = { MaxRecords: 100 };

/**
 * MultiAZ is a string in the API ("Enabled" / "Disabled"); older answers and some tools send
 * "true" / "false". Anything else, or nothing, is unknown rather than "off".
 * https://docs.aws.amazon.com/redshift/latest/APIReference/API_Cluster.html
 */
function multiAzOf(value: string | undefined): boolean | null {
  const v = value?.trim().toLowerCase();
  if (v === 'enabled' || v === 'true') return true;
  if (v === 'disabled' || v === 'false') return false;
  return null;
}

const toLogging = (s: LoggingStatus): RedshiftLoggingStatus => ({
  enabled: s.LoggingEnabled === true,
  destinationType: s.LogDestinationType ? s.LogDestinationType : null,
  bucketName: s.BucketName ? s.BucketName : null,
});

type ClusterFields = Omit<RedshiftCluster, 'logging'>;

const tagKeysOf = (tags: Tag[] | undefined): string[] => (tags ?? []).flatMap((t) => (t.Key ? [t.Key] : []));

function toCluster(ctx: CollectContext, region: string, c: Cluster): ClusterFields {
  const id = c.ClusterIdentifier ?? '';
  return {
    arn: `${arnPrefix(ctx, 'redshift', region)}:cluster:${id}`,
    region,
    id,
    status: c.ClusterStatus ?? null,
    nodeType: c.NodeType ?? null,
    publiclyAccessible: c.PubliclyAccessible === true,
    encrypted: c.Encrypted === true,
    kmsKeyId: c.KmsKeyId ? c.KmsKeyId : null,
    automatedSnapshotRetentionDays: c.AutomatedSnapshotRetentionPeriod ?? null,
    allowVersionUpgrade: c.AllowVersionUpgrade ?? null,
    enhancedVpcRouting: c.EnhancedVpcRouting ?? null,
    masterUsername: c.MasterUsername ?? null,
    multiAz: multiAzOf(c.MultiAZ),
    vpcId: c.VpcId ? c.VpcId : null,
    vpcSecurityGroupIds: (c.VpcSecurityGroups ?? []).flatMap((g) => (g.VpcSecurityGroupId ? [g.VpcSecurityGroupId] : [])),
    port: c.Endpoint?.Port ?? null,
    parameterGroups: (c.ClusterParameterGroups ?? []).map((g) => ({
      name: g.ParameterGroupName ?? '',
      applyStatus: g.ParameterApplyStatus ?? null,
    })),
    tagKeys: tagKeysOf(c.Tags),
  };
}

/**
 * The lists the tagging and subnet group controls read (Redshift.12, .13, .14, .16, .17). Each
 * Describe call returns its resources' tags, so they cost one paginated call per region and no
 * call per resource.
 */
async function readTaggedLists(ctx: CollectContext, client: RedshiftClient, region: string) {
  const prefix = arnPrefix(ctx, 'redshift', region);
  return allKeyed({
    snapshots: readList(
      ctx.reader,
      'redshift:DescribeClusterSnapshots',
      { target: `${prefix}:snapshot:*`, region },
      // OwnerAccount leaves out manual snapshots other accounts share with this one: they are not its resources.
      () => paginateDescribeClusterSnapshots({ client }, { OwnerAccount: ctx.accountId, ...PAGE }),
      (p) => p.Snapshots,
      (s): RedshiftSnapshot => ({
        arn: s.SnapshotArn ?? `${prefix}:snapshot:${s.ClusterIdentifier ?? ''}/${s.SnapshotIdentifier ?? ''}`,
        region,
        id: s.SnapshotIdentifier ?? '',
        clusterId: s.ClusterIdentifier ?? '',
        type: s.SnapshotType ?? null,
        tagKeys: tagKeysOf(s.Tags),
      }),
    ),
    subnetGroups: readList(
      ctx.reader,
      'redshift:DescribeClusterSubnetGroups',
      { target: `${prefix}:subnetgroup:*`, region },
      () => paginateDescribeClusterSubnetGroups({ client }, PAGE),
      (p) => p.ClusterSubnetGroups,
      (g) => ({
        arn: `${prefix}:subnetgroup:${g.ClusterSubnetGroupName ?? ''}`,
        region,
        name: g.ClusterSubnetGroupName ?? '',
        subnetIds: (g.Subnets ?? []).flatMap((n) => (n.SubnetIdentifier ? [n.SubnetIdentifier] : [])),
        availabilityZones: [
          ...new Set((g.Subnets ?? []).flatMap((n) => (n.SubnetAvailabilityZone?.Name ? [n.SubnetAvailabilityZone.Name] : []))),
        ].sort(),
        tagKeys: tagKeysOf(g.Tags),
      }),
    ),
    parameterGroupList: readList(
      ctx.reader,
      'redshift:DescribeClusterParameterGroups',
      { target: `${prefix}:parametergroup:*`, region },
      () => paginateDescribeClusterParameterGroups({ client }, PAGE),
      (p) => p.ParameterGroups,
      (g) => ({
        arn: `${prefix}:parametergroup:${g.ParameterGroupName ?? ''}`,
        region,
        name: g.ParameterGroupName ?? '',
        tagKeys: tagKeysOf(g.Tags),
      }),
    ),
    eventSubscriptions: readList(
      ctx.reader,
      'redshift:DescribeEventSubscriptions',
      { target: `${prefix}:eventsubscription:*`, region },
      () => paginateDescribeEventSubscriptions({ client }, PAGE),
      (p) => p.EventSubscriptionsList,
      (e) => ({
        arn: `${prefix}:eventsubscription:${e.CustSubscriptionId ?? ''}`,
        region,
        name: e.CustSubscriptionId ?? '',
        tagKeys: tagKeysOf(e.Tags),
      }),
    ),
  });
}

/** Keeps the values of the wanted parameters (null: listed without a value). */
const keep = (params: Parameter[]): Record<string, string | null> =>
  Object.fromEntries(
    params
      .filter((p) => (CLUSTER_PARAMETERS as readonly string[]).includes(p.ParameterName ?? ''))
      .map((p) => [p.ParameterName ?? '', p.ParameterValue ?? null]),
  );

async function collectRegion(ctx: CollectContext, region: string): Promise<RedshiftRegion> {
  const client = ctx.clients.get(RedshiftClient, region);
  const listed = await readList(
    ctx.reader,
    'redshift:DescribeClusters',
    { target: `${arnPrefix(ctx, 'redshift', region)}:cluster:*`, region },
    () => paginateDescribeClusters({ client }, PAGE),
    (p) => p.Clusters,
    (c) => toCluster(ctx, region, c),
  );

  const withLogging = async (c: ClusterFields): Promise<RedshiftCluster> => ({
    ...c,
    logging: mapObserved(
      await ctx.reader.read('redshift:DescribeLoggingStatus', { target: c.arn, region }, () =>
        client.send(new DescribeLoggingStatusCommand({ ClusterIdentifier: c.id })),
      ),
      toLogging,
    ),
  });

  // Several clusters usually share a parameter group (often the default one): each is read once.
  const groupNames = listed.ok ? [...new Set(listed.value.flatMap((c) => c.parameterGroups.map((g) => g.name)))].sort() : [];
  const parameters = async (name: string): Promise<[string, Observed<Record<string, string | null>>]> => {
    const read = await ctx.reader.read(
      'redshift:DescribeClusterParameters',
      { target: `${arnPrefix(ctx, 'redshift', region)}:parametergroup:${name}`, region },
      () => allPages(paginateDescribeClusterParameters({ client }, { ParameterGroupName: name, ...PAGE }), (p) => p.Parameters),
    );
    return [name, mapObserved(read, keep)];
  };

  const reads = await allKeyed({
    clusters: andThen(listed, async (list) => ok(await Promise.all(list.map(withLogging)))),
    parameterGroups: Promise.all(groupNames.map(parameters)),
    lists: readTaggedLists(ctx, client, region),
  });
  return { clusters: reads.clusters, parameterGroups: Object.fromEntries(reads.parameterGroups), ...reads.lists };
}

/**
 * Per region: DescribeClusters (paginated), then DescribeLoggingStatus per cluster and one
 * paginated DescribeClusterParameters per cluster parameter group in use (shared groups once);
 * DescribeClusterSnapshots, DescribeClusterSubnetGroups, DescribeClusterParameterGroups and
 * DescribeEventSubscriptions (paginated, tags included: nothing per resource).
 */
export async function collectRedshift(ctx: CollectContext): Promise<RedshiftSection> {
  return { regions: await forEachRegion(ctx, 'redshift', (region) => collectRegion(ctx, region)) };
}

export const redshiftCollector: Collector<'redshift'> = {
  section: 'redshift',
  collect: collectRedshift,
};
