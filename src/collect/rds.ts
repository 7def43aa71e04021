import {
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBSnapshotAttributesCommand,
  RDSClient,
  paginateDescribeDBClusterParameters,
  paginateDescribeDBClusterSnapshots,
  paginateDescribeDBClusters,
  paginateDescribeDBInstances,
  paginateDescribeDBParameters,
  paginateDescribeDBProxies,
  paginateDescribeDBSnapshots,
  paginateDescribeEventSubscriptions,
  paginateDescribePendingMaintenanceActions,
  type DBCluster,
  type DBClusterSnapshot,
  type DBInstance,
  type DBProxy,
  type Parameter,
  type DBSnapshot,
  type EventSubscription,
  type ResourcePendingMaintenanceActions,
  type Tag,
} from '@aws-sdk/client-rds';
import type { Observed } from '../model/observed.js';
import type {
  RdsDbCluster,
  RdsDbInstance,
  RdsDbProxy,
  RdsEventSubscription,
  RdsPendingMaintenance,
  RdsRegion,
  RdsSection,
  RdsSnapshot,
} from '../model/rds.js';
import type { Collector } from './kit/collector.js';
import { arnPrefix, forEachRegion, type CollectContext } from './kit/context.js';
import { allPages, readList } from './kit/list.js';
import { allKeyed, andThen, mapObserved, ok } from './kit/observed.js';
import { iso } from './kit/time.js';

/** The DB parameters the transport checks read; every other parameter is dropped. */
export const TRANSPORT_PARAMETERS = ['rds.force_ssl', 'require_secure_transport', 'rds.require_secure_transport'] as const;

/** The DB cluster parameters the Aurora MySQL audit check reads. */
export const AUDIT_PARAMETERS = ['server_audit_logging', 'server_audit_events'] as const;

/** Page size: RDS Describe calls accept MaxRecords 20 to 100. */
const PAGE = { MaxRecords: 100 };

const tagKeys = (tags: Tag[] | undefined): string[] => (tags ?? []).flatMap((t) => (t.Key ? [t.Key] : []));

function toInstance(region: string, i: DBInstance): RdsDbInstance {
  return {
    arn: i.DBInstanceArn ?? '',
    region,
    id: i.DBInstanceIdentifier ?? '',
    engine: i.Engine ?? '',
    engineVersion: i.EngineVersion ?? null,
    status: i.DBInstanceStatus ?? null,
    clusterId: i.DBClusterIdentifier ?? null,
    replicaSource: i.ReadReplicaSourceDBInstanceIdentifier ?? i.ReadReplicaSourceDBClusterIdentifier ?? null,
    publiclyAccessible: i.PubliclyAccessible === true,
    storageEncrypted: i.StorageEncrypted === true,
    multiAz: i.MultiAZ === true,
    monitoringInterval: i.MonitoringInterval ?? 0,
    deletionProtection: i.DeletionProtection === true,
    logExports: i.EnabledCloudwatchLogsExports ?? [],
    iamAuth: i.IAMDatabaseAuthenticationEnabled === true,
    backupRetentionDays: i.BackupRetentionPeriod ?? 0,
    autoMinorVersionUpgrade: i.AutoMinorVersionUpgrade === true,
    copyTagsToSnapshot: i.CopyTagsToSnapshot === true,
    port: i.Endpoint?.Port ?? i.DbInstancePort ?? null,
    masterUsername: i.MasterUsername ?? null,
    parameterGroups: (i.DBParameterGroups ?? []).map((g) => ({
      name: g.DBParameterGroupName ?? '',
      applyStatus: g.ParameterApplyStatus ?? null,
    })),
    vpcId: i.DBSubnetGroup?.VpcId ?? null,
    subnetIds: (i.DBSubnetGroup?.Subnets ?? []).flatMap((s) => (s.SubnetIdentifier ? [s.SubnetIdentifier] : [])),
    tagKeys: tagKeys(i.TagList),
    tags: Object.fromEntries((i.TagList ?? []).flatMap((t) => (t.Key ? [[t.Key, t.Value ?? '']] : []))),
    kmsKeyId: i.KmsKeyId ?? null,
    // A group being removed no longer admits traffic once the change completes; one being added does.
    securityGroupIds: (i.VpcSecurityGroups ?? []).flatMap((g) =>
      g.VpcSecurityGroupId && g.Status !== 'removing' ? [g.VpcSecurityGroupId] : [],
    ),
  };
}

function toCluster(region: string, c: DBCluster): RdsDbCluster {
  return {
    arn: c.DBClusterArn ?? '',
    region,
    id: c.DBClusterIdentifier ?? '',
    engine: c.Engine ?? '',
    engineMode: c.EngineMode ?? null,
    status: c.Status ?? null,
    multiAz: c.MultiAZ === true,
    deletionProtection: c.DeletionProtection === true,
    iamAuth: c.IAMDatabaseAuthenticationEnabled === true,
    storageEncrypted: c.StorageEncrypted === true,
    backupRetentionDays: c.BackupRetentionPeriod ?? 0,
    autoMinorVersionUpgrade: c.AutoMinorVersionUpgrade ?? null,
    copyTagsToSnapshot: c.CopyTagsToSnapshot === true,
    logExports: c.EnabledCloudwatchLogsExports ?? [],
    port: c.Port ?? null,
    masterUsername: c.MasterUsername ?? null,
    backtrackWindow: c.BacktrackWindow ?? null,
    parameterGroup: c.DBClusterParameterGroup ?? null,
    memberParameterStatuses: (c.DBClusterMembers ?? []).map((m) => m.DBClusterParameterGroupStatus ?? 'unknown'),
    tagKeys: tagKeys(c.TagList),
  };
}

function toProxy(region: string, p: DBProxy): RdsDbProxy {
  return { arn: p.DBProxyArn ?? '', region, name: p.DBProxyName ?? '', requireTls: p.RequireTLS === true };
}

function toPendingMaintenance(r: ResourcePendingMaintenanceActions): RdsPendingMaintenance {
  return {
    resourceArn: r.ResourceIdentifier ?? '',
    actions: (r.PendingMaintenanceActionDetails ?? []).map((a) => ({
      action: a.Action ?? '',
      description: a.Description ?? null,
      autoAppliedAfter: iso(a.AutoAppliedAfterDate),
      forcedApply: iso(a.ForcedApplyDate),
      currentApply: iso(a.CurrentApplyDate),
      optInStatus: a.OptInStatus ?? null,
    })),
  };
}

/** Keeps the values of `wanted` from a parameter list (null: listed without a value). */
const keep = (params: Parameter[], wanted: readonly string[]): Record<string, string | null> =>
  Object.fromEntries(
    params.filter((p) => wanted.includes(p.ParameterName ?? '')).map((p) => [p.ParameterName ?? '', p.ParameterValue ?? null]),
  );

function toSubscription(region: string, s: EventSubscription): RdsEventSubscription {
  return {
    arn: s.EventSubscriptionArn ?? '',
    region,
    name: s.CustSubscriptionId ?? '',
    enabled: s.Enabled === true,
    sourceType: s.SourceType ?? null,
    eventCategories: s.EventCategoriesList ?? [],
  };
}

/** The `restore` attribute of a snapshot: who may restore it ("all" = public). */
const restoreOf = (results: { AttributeName?: string; AttributeValues?: string[] }[] | undefined): string[] =>
  (results ?? []).filter((a) => a.AttributeName === 'restore').flatMap((a) => a.AttributeValues ?? []);

async function collectRegion(ctx: CollectContext, region: string): Promise<RdsRegion> {
  const client = ctx.clients.get(RDSClient, region);
  const scope = (resource: string) => ({ target: `${arnPrefix(ctx, 'rds', region)}:${resource}`, region });

  const lists = await allKeyed({
    instances: readList(
      ctx.reader,
      'rds:DescribeDBInstances',
      scope('db:*'),
      () => paginateDescribeDBInstances({ client }, PAGE),
      (p) => p.DBInstances,
      (i) => toInstance(region, i),
    ),
    clusters: readList(
      ctx.reader,
      'rds:DescribeDBClusters',
      scope('cluster:*'),
      () => paginateDescribeDBClusters({ client }, PAGE),
      (p) => p.DBClusters,
      (c) => toCluster(region, c),
    ),
    snapshots: ctx.reader.read('rds:DescribeDBSnapshots', scope('snapshot:*'), () =>
      allPages(paginateDescribeDBSnapshots({ client }, PAGE), (p) => p.DBSnapshots),
    ),
    clusterSnapshots: ctx.reader.read('rds:DescribeDBClusterSnapshots', scope('cluster-snapshot:*'), () =>
      allPages(paginateDescribeDBClusterSnapshots({ client }, PAGE), (p) => p.DBClusterSnapshots),
    ),
    eventSubscriptions: readList(
      ctx.reader,
      'rds:DescribeEventSubscriptions',
      scope('es:*'),
      () => paginateDescribeEventSubscriptions({ client }, PAGE),
      (p) => p.EventSubscriptionsList,
      (s) => toSubscription(region, s),
    ),
    proxies: readList(
      ctx.reader,
      'rds:DescribeDBProxies',
      scope('db-proxy:*'),
      () => paginateDescribeDBProxies({ client }, PAGE),
      (p) => p.DBProxies,
      (p) => toProxy(region, p),
    ),
    // One paginated call per region lists every instance and cluster with pending maintenance.
    pendingMaintenance: readList(
      ctx.reader,
      'rds:DescribePendingMaintenanceActions',
      scope('*'),
      () => paginateDescribePendingMaintenanceActions({ client }, PAGE),
      (p) => p.PendingMaintenanceActions,
      toPendingMaintenance,
    ),
  });

  const snapshot = async (s: DBSnapshot): Promise<RdsSnapshot> => {
    const arn = s.DBSnapshotArn ?? '';
    const type = s.SnapshotType ?? '';
    const restorableBy: Observed<string[] | null> =
      type !== 'automated'
        ? mapObserved(
            await ctx.reader.read('rds:DescribeDBSnapshotAttributes', { target: arn, region }, () =>
              client.send(new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: s.DBSnapshotIdentifier })),
            ),
            (r) => restoreOf(r.DBSnapshotAttributesResult?.DBSnapshotAttributes),
          )
        : ok(null);
    return {
      arn,
      region,
      id: s.DBSnapshotIdentifier ?? '',
      type,
      encrypted: s.Encrypted === true,
      tagKeys: tagKeys(s.TagList),
      restorableBy,
    };
  };
  const clusterSnapshot = async (s: DBClusterSnapshot): Promise<RdsSnapshot> => {
    const arn = s.DBClusterSnapshotArn ?? '';
    const type = s.SnapshotType ?? '';
    const restorableBy: Observed<string[] | null> =
      type !== 'automated'
        ? mapObserved(
            await ctx.reader.read('rds:DescribeDBClusterSnapshotAttributes', { target: arn, region }, () =>
              client.send(new DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier: s.DBClusterSnapshotIdentifier })),
            ),
            (r) => restoreOf(r.DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes),
          )
        : ok(null);
    return {
      arn,
      region,
      id: s.DBClusterSnapshotIdentifier ?? '',
      type,
      encrypted: s.StorageEncrypted === true,
      tagKeys: tagKeys(s.TagList),
      restorableBy,
    };
  };

  // Parameter groups of standalone instances (the transport controls skip cluster members), each read once.
  const groupNames = lists.instances.ok
    ? [...new Set(lists.instances.value.filter((i) => i.clusterId === null).flatMap((i) => i.parameterGroups.map((g) => g.name)))].sort()
    : [];
  const parameters = async (name: string): Promise<[string, Observed<Record<string, string | null>>]> => {
    const read = await ctx.reader.read('rds:DescribeDBParameters', scope(`pg:${name}`), () =>
      allPages(paginateDescribeDBParameters({ client }, { DBParameterGroupName: name, ...PAGE }), (p) => p.Parameters),
    );
    return [name, mapObserved(read, (params) => keep(params, TRANSPORT_PARAMETERS))];
  };
  // Cluster parameter groups of Aurora MySQL clusters (the audit logging control), each read once.
  const clusterGroupNames = lists.clusters.ok
    ? [
        ...new Set(
          lists.clusters.value.flatMap((c) =>
            (c.engine === 'aurora-mysql' || c.engine === 'aurora') && c.parameterGroup ? [c.parameterGroup] : [],
          ),
        ),
      ].sort()
    : [];
  const clusterParameters = async (name: string): Promise<[string, Observed<Record<string, string | null>>]> => {
    const read = await ctx.reader.read('rds:DescribeDBClusterParameters', scope(`cluster-pg:${name}`), () =>
      allPages(paginateDescribeDBClusterParameters({ client }, { DBClusterParameterGroupName: name, ...PAGE }), (p) => p.Parameters),
    );
    return [name, mapObserved(read, (params) => keep(params, AUDIT_PARAMETERS))];
  };

  const rest = await allKeyed({
    snapshots: andThen(lists.snapshots, async (list) => ok(await Promise.all(list.map(snapshot)))),
    clusterSnapshots: andThen(lists.clusterSnapshots, async (list) => ok(await Promise.all(list.map(clusterSnapshot)))),
    parameterGroups: Promise.all(groupNames.map(parameters)),
    clusterParameterGroups: Promise.all(clusterGroupNames.map(clusterParameters)),
  });
  return {
    instances: lists.instances,
    clusters: lists.clusters,
    snapshots: rest.snapshots,
    clusterSnapshots: rest.clusterSnapshots,
    eventSubscriptions: lists.eventSubscriptions,
    parameterGroups: Object.fromEntries(rest.parameterGroups),
    clusterParameterGroups: Object.fromEntries(rest.clusterParameterGroups),
    proxies: lists.proxies,
    pendingMaintenance: lists.pendingMaintenance,
  };
}

/**
 * Per region: DescribeDBInstances, DescribeDBClusters, DescribeDBSnapshots,
 * DescribeDBClusterSnapshots, DescribeEventSubscriptions, DescribeDBProxies and
 * DescribePendingMaintenanceActions (paginated lists),
 * then one Describe*SnapshotAttributes per snapshot that is not automated, one paginated
 * DescribeDBParameters per parameter group of a standalone instance and one paginated
 * DescribeDBClusterParameters per cluster parameter group of an Aurora MySQL cluster.
 */
export async function collectRds(ctx: CollectContext): Promise<RdsSection> {
  return { regions: await forEachRegion(ctx, 'rds', (region) => collectRegion(ctx, region)) };
}

export const rdsCollector: Collector<'rds'> = {
  section: 'rds',
  collect: collectRds,
};
