/** What several RDS checks share: walking the regional lists, engine families, default ports. */
import type { InventoryWith } from '../../model/inventory.js';
import type { RdsDbCluster, RdsDbInstance, RdsDbProxy, RdsEventSubscription, RdsRegion, RdsSnapshot } from '../../model/rds.js';
import {
  eachRegional,
  fail,
  missingData,
  notApplicable,
  pass,
  undecided,
  unknown as unknownOf,
  type CheckResult,
  type EvalContext,
  type ResourceRef,
} from '../define-check.js';

type Results = CheckResult | CheckResult[] | undefined;
type Rds = InventoryWith<'rds'>;

export const eachInstance = (inv: Rds, ctx: EvalContext, fn: (i: RdsDbInstance, data: RdsRegion) => Results): CheckResult[] =>
  eachRegional(ctx, inv.rds.regions, 'instances', 'rds', (i, data) => fn(i, data));

export const eachCluster = (inv: Rds, ctx: EvalContext, fn: (c: RdsDbCluster) => Results): CheckResult[] =>
  eachRegional(ctx, inv.rds.regions, 'clusters', 'rds', (c) => fn(c));

/** Clusters with their region's data (for checks that join a cluster to its parameter group). */
export const eachClusterIn = (inv: Rds, ctx: EvalContext, fn: (c: RdsDbCluster, data: RdsRegion) => Results): CheckResult[] =>
  eachRegional(ctx, inv.rds.regions, 'clusters', 'rds', (c, data) => fn(c, data));

export const eachProxy = (inv: Rds, ctx: EvalContext, fn: (p: RdsDbProxy) => Results): CheckResult[] =>
  eachRegional(ctx, inv.rds.regions, 'proxies', 'rds', (p) => fn(p));

/** DB snapshots, then DB cluster snapshots (each reported with its own resource type). */
export function eachSnapshot(inv: Rds, ctx: EvalContext, fn: (s: RdsSnapshot, ref: ResourceRef, noun: string) => Results): CheckResult[] {
  return [
    ...eachRegional(ctx, inv.rds.regions, 'snapshots', 'rds', (s) => fn(s, { ...s, resourceType: 'AwsRdsDbSnapshot' }, 'RDS DB snapshot')),
    ...eachRegional(ctx, inv.rds.regions, 'clusterSnapshots', 'rds', (s) =>
      fn(s, { ...s, resourceType: 'AwsRdsDbClusterSnapshot' }, 'RDS DB cluster snapshot'),
    ),
  ];
}

export const isAuroraMysql = (engine: string) => engine === 'aurora-mysql' || engine === 'aurora';
export const isAuroraPostgres = (engine: string) => engine === 'aurora-postgresql';
export const isAurora = (engine: string) => engine.startsWith('aurora');
export const isSqlServer = (engine: string) => engine.startsWith('sqlserver') || engine.startsWith('custom-sqlserver');
export const isOracle = (engine: string) => engine.startsWith('oracle') || engine.startsWith('custom-oracle');
/** Neptune and DocumentDB clusters and instances are listed by the RDS API too. */
export const isNeptuneOrDocDb = (engine: string) => engine === 'neptune' || engine === 'docdb';

/** Each engine's default port (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ConnectToInstance.html). */
export function defaultPort(engine: string): number | undefined {
  if (engine === 'mysql' || engine === 'mariadb' || isAuroraMysql(engine)) return 3306;
  if (engine === 'postgres' || isAuroraPostgres(engine)) return 5432;
  if (isOracle(engine)) return 1521;
  if (isSqlServer(engine)) return 1433;
  if (engine.startsWith('db2')) return 50000;
  return undefined;
}

/** The log types an instance publishes to CloudWatch Logs that are missing from `required`. */
export const missingLogs = (exports: readonly string[], required: readonly string[]): string[] =>
  required.filter((t) => !exports.includes(t));

/** "a, b and c" */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/**
 * The event subscription controls (RDS.19 to RDS.22) judge existing subscriptions ("an existing
 * Amazon RDS event subscription ... has notifications enabled"): a region without any has nothing
 * for them to judge, so it is NOT_APPLICABLE, never a PASS that would read as "notifications are
 * configured". A region passes when an enabled subscription for `sourceType` (or for every source type)
 * includes each of `categories` (an empty category list means every category); it fails when
 * subscriptions exist but none does.
 */
export function eventSubscriptionResults(
  inv: Rds,
  ctx: EvalContext,
  sourceType: string,
  categories: readonly string[],
  what: string,
): CheckResult[] {
  const covers = (s: RdsEventSubscription) =>
    s.enabled &&
    (s.sourceType === null || s.sourceType === sourceType) &&
    (s.eventCategories.length === 0 || categories.every((c) => s.eventCategories.includes(c)));
  return Object.keys(inv.rds.regions)
    .sort()
    .map((region) => {
      const data = inv.rds.regions[region] as RdsRegion;
      const scope: ResourceRef = {
        arn: `arn:${ctx.partition}:rds:${region}:${ctx.accountId}:account`,
        region,
        resourceType: 'AwsAccount',
      };
      if (!data.eventSubscriptions.ok) return unknownOf(scope, data.eventSubscriptions.error);
      const subs = data.eventSubscriptions.value;
      if (subs.length === 0)
        return notApplicable(
          scope,
          `Account ${ctx.accountId} has no RDS event subscriptions in ${region}; the control judges existing subscriptions only.`,
        );
      const covering = subs.find(covers);
      return covering
        ? pass(covering, `RDS event subscription ${covering.name} notifies ${what} events (${listOf(categories)}).`)
        : fail(
            scope,
            `None of the ${subs.length} RDS event subscriptions of account ${ctx.accountId} in ${region} is enabled for ${what} events (${listOf(categories)}).`,
          );
    });
}

/**
 * The value of the first of `names` in the (first) DB parameter group of an instance, from
 * DescribeDBParameters: `found: false` when the group's parameters do not list any of them, or a
 * result (UNKNOWN) when the group could not be read.
 */
export function instanceParameter(
  i: RdsDbInstance,
  data: RdsRegion,
  names: readonly string[],
): { found: true; name: string; value: string | null; group: string } | { found: false; group: string } | CheckResult {
  const group = i.parameterGroups[0];
  if (!group) return undecided(i, `RDS DB instance ${i.id} reports no DB parameter group.`);
  const read = data.parameterGroups[group.name];
  if (!read)
    return unknownOf(i, missingData('rds:DescribeDBParameters', i.arn, `parameter group ${group.name} was not read`, { region: i.region }));
  if (!read.ok) return unknownOf(i, read.error);
  const name = names.find((n) => n in read.value);
  return name === undefined
    ? { found: false, group: group.name }
    : { found: true, name, value: read.value[name] ?? null, group: group.name };
}

export const isResult = (r: object): r is CheckResult => 'status' in r;

/**
 * The default master user names the console proposes (admin for MySQL, MariaDB, Oracle, SQL Server
 * and Aurora MySQL; postgres for PostgreSQL and Aurora PostgreSQL), which RDS.24 and RDS.25 reject.
 */
export const DEFAULT_ADMIN_USERNAMES: readonly string[] = ['admin', 'postgres'];

/**
 * The tagging controls (RDS.28 to RDS.33) with their default parameters (no requiredTagKeys): a
 * resource passes with at least one tag key that is not a system tag (aws:...).
 */
export function taggedResult(r: ResourceRef & { id: string; tagKeys: readonly string[] }, noun: string): CheckResult {
  const keys = r.tagKeys.filter((k) => !k.startsWith('aws:'));
  return keys.length > 0 ? pass(r, `${noun} ${r.id} has tags (${listOf(keys)}).`) : fail(r, `${noun} ${r.id} has no tags.`);
}
