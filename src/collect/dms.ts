import {
  DatabaseMigrationServiceClient,
  ListTagsForResourceCommand,
  paginateDescribeEndpoints,
  paginateDescribeReplicationInstances,
  paginateDescribeReplicationTasks,
  type Endpoint,
  type ReplicationInstance,
  type ReplicationTask,
} from '@aws-sdk/client-database-migration-service';
import type { DmsEndpoint, DmsRegion, DmsReplicationInstance, DmsReplicationTask, DmsSection, DmsTaskLogging } from '../model/dms.js';
import type { Observed } from '../model/observed.js';
import type { Collector } from './kit/collector.js';
import { arnPrefix, forEachRegion, type CollectContext } from './kit/context.js';
import { readList } from './kit/list.js';
import { allKeyed, andThen, mapObserved, ok } from './kit/observed.js';

/** DMS Describe calls accept MaxRecords 20 to 100. */
const PAGE = { MaxRecords: 100 };

const toInstance = (region: string, i: ReplicationInstance): DmsReplicationInstance => ({
  arn: i.ReplicationInstanceArn ?? '',
  region,
  id: i.ReplicationInstanceIdentifier ?? '',
  publiclyAccessible: i.PubliclyAccessible === true,
  autoMinorVersionUpgrade: i.AutoMinorVersionUpgrade ?? null,
  multiAz: i.MultiAZ ?? null,
});

const toEndpoint = (region: string, e: Endpoint): DmsEndpoint => ({
  arn: e.EndpointArn ?? '',
  region,
  id: e.EndpointIdentifier ?? '',
  endpointType: (e.EndpointType ?? '').toLowerCase(),
  engineName: (e.EngineName ?? '').toLowerCase(),
  sslMode: e.SslMode ?? null,
  // IamAuthEnabled "The default is false": absent inside NeptuneSettings means off.
  // https://docs.aws.amazon.com/dms/latest/APIReference/API_NeptuneSettings.html
  neptuneIamAuthEnabled: e.NeptuneSettings ? e.NeptuneSettings.IamAuthEnabled === true : null,
  mongoDbAuthType: e.MongoDbSettings?.AuthType ?? null,
  redisSslSecurityProtocol: e.RedisSettings?.SslSecurityProtocol ?? null,
});

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The Logging block of ReplicationTaskSettings: EnableLogging and LogComponents[{Id, Severity}].
 * https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Tasks.CustomizingTasks.TaskSettings.Logging.html
 * Returns a message instead when the document is not a JSON object.
 */
function parseLogging(text: string): DmsTaskLogging | string {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return `ReplicationTaskSettings is not JSON (${(e as Error).message})`;
  }
  if (!isRecord(doc)) return 'ReplicationTaskSettings is not a JSON object';
  const logging = isRecord(doc.Logging) ? doc.Logging : {};
  const components: Record<string, string> = {};
  for (const c of Array.isArray(logging.LogComponents) ? logging.LogComponents : []) {
    if (isRecord(c) && typeof c.Id === 'string' && typeof c.Severity === 'string') components[c.Id] = c.Severity;
  }
  return { enabled: typeof logging.EnableLogging === 'boolean' ? logging.EnableLogging : null, components };
}

function toTask(ctx: CollectContext, region: string, t: ReplicationTask): DmsReplicationTask {
  const arn = t.ReplicationTaskArn ?? '';
  let logging: Observed<DmsTaskLogging | null> = ok(null);
  if (t.ReplicationTaskSettings) {
    const parsed = parseLogging(t.ReplicationTaskSettings);
    logging = typeof parsed === 'string' ? ctx.reader.fail('dms:DescribeReplicationTasks', { target: arn, region }, parsed) : ok(parsed);
  }
  return { arn, region, id: t.ReplicationTaskIdentifier ?? '', logging };
}

/** ARNs per ListTagsForResource call: AWS documents no limit for ResourceArnList, so batches stay small. */
const TAG_BATCH = 20;

/**
 * DMS.4: the tag keys of every replication instance, read with ListTagsForResource over a batch of
 * ARNs (each tag names its ResourceArn): ceil(N / 20) calls per region instead of N.
 */
async function withTags(
  ctx: CollectContext,
  client: DatabaseMigrationServiceClient,
  region: string,
  instances: DmsReplicationInstance[],
): Promise<Observed<DmsReplicationInstance[]>> {
  const out: DmsReplicationInstance[] = [];
  for (let i = 0; i < instances.length; i += TAG_BATCH) {
    const batch = instances.slice(i, i + TAG_BATCH);
    const arns = batch.map((x) => x.arn);
    const read = await ctx.reader.read('dms:ListTagsForResource', { target: `${arnPrefix(ctx, 'dms', region)}:rep:*`, region }, () =>
      client.send(new ListTagsForResourceCommand({ ResourceArnList: arns })),
    );
    for (const instance of batch)
      out.push({
        ...instance,
        tagKeys: mapObserved(read, (r) => (r.TagList ?? []).flatMap((t) => (t.ResourceArn === instance.arn && t.Key ? [t.Key] : []))),
      });
  }
  return ok(out);
}

async function collectRegion(ctx: CollectContext, region: string): Promise<DmsRegion> {
  const client = ctx.clients.get(DatabaseMigrationServiceClient, region);
  const target = (kind: string) => ({ target: `${arnPrefix(ctx, 'dms', region)}:${kind}:*`, region });
  const instances = async (): Promise<Observed<DmsReplicationInstance[]>> => {
    const listed = await readList(
      ctx.reader,
      'dms:DescribeReplicationInstances',
      target('rep'),
      () => paginateDescribeReplicationInstances({ client }, PAGE),
      (p) => p.ReplicationInstances,
      (i) => toInstance(region, i),
    );
    return andThen(listed, (list) => withTags(ctx, client, region, list));
  };
  return allKeyed({
    replicationInstances: instances(),
    endpoints: readList(
      ctx.reader,
      'dms:DescribeEndpoints',
      target('endpoint'),
      () => paginateDescribeEndpoints({ client }, PAGE),
      (p) => p.Endpoints,
      (e) => toEndpoint(region, e),
    ),
    replicationTasks: readList(
      ctx.reader,
      'dms:DescribeReplicationTasks',
      target('task'),
      () => paginateDescribeReplicationTasks({ client }, { ...PAGE, WithoutSettings: false }),
      (p) => p.ReplicationTasks,
      (t) => toTask(ctx, region, t),
    ),
  });
}

/**
 * Per region: DescribeReplicationInstances, DescribeEndpoints and DescribeReplicationTasks
 * (paginated, the tasks with their settings); every other field checks read comes in these lists.
 * Then ListTagsForResource over the replication instance ARNs, 20 per call.
 */
export async function collectDms(ctx: CollectContext): Promise<DmsSection> {
  return { regions: await forEachRegion(ctx, 'dms', (region) => collectRegion(ctx, region)) };
}

export const dmsCollector: Collector<'dms'> = {
  section: 'dms',
  collect: collectDms,
};
