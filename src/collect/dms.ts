import {
  DatabaseMigrationServiceClient,
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
import { allKeyed, ok } from './kit/observed.js';

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

async function collectRegion(ctx: CollectContext, region: string): Promise<DmsRegion> {
  const client = ctx.clients.get(DatabaseMigrationServiceClient, region);
  const target = (kind: string) => ({ target: `${arnPrefix(ctx, 'dms', region)}:${kind}:*`, region });
  return allKeyed({
    replicationInstances: readList(
      ctx.reader,
      'dms:DescribeReplicationInstances',
      target('rep'),
      () => paginateDescribeReplicationInstances({ client }, PAGE),
      (p) => p.ReplicationInstances,
      (i) => toInstance(region, i),
    ),
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
 * (paginated, the tasks with their settings). Every field checks read comes in these lists, so
 * there is no per-resource call.
 */
export async function collectDms(ctx: CollectContext): Promise<DmsSection> {
  return { regions: await forEachRegion(ctx, 'dms', (region) => collectRegion(ctx, region)) };
}

export const dmsCollector: Collector<'dms'> = {
  section: 'dms',
  collect: collectDms,
};
