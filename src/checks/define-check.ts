import type { Observed, ReadError } from '../model/observed.js';
import type { SectionKey } from '../model/inventory.js';
import type { AnyCheck, Check, CheckResult, EvalContext, ResourceRef } from './types.js';
import { cisV5Refs } from '../frameworks/cis-crosswalk.js';

export type { Check, CheckResult, EvalContext, ResourceRef } from './types.js';

/**
 * Declares a check; the generic ties `reads` to the inventory sections `evaluate` may touch. CIS
 * v5.0.0 references are completed from the v3.0.0 ones where the rule did not change
 * (src/frameworks/cis-crosswalk.ts), so a check states each rule once.
 */
export function defineCheck<const K extends SectionKey>(check: Check<K>): Check<K> & AnyCheck {
  const v5 = cisV5Refs(check.frameworks['cis-3.0'], check.frameworks['cis-5.0']);
  if (!v5.length) return check;
  return { ...check, frameworks: { ...check.frameworks, 'cis-5.0': v5 } };
}

/**
 * A result in one of two fixed shapes (with or without a resource type), built as a literal: a
 * million-resource evaluation makes millions of them, and spreading a helper object into each
 * costs an extra object and a slower, larger layout per result.
 */
function result(status: CheckResult['status'], r: ResourceRef, reason: string): CheckResult {
  return r.resourceType
    ? { status, resourceArn: r.arn, region: r.region, resourceType: r.resourceType, reason }
    : { status, resourceArn: r.arn, region: r.region, reason };
}

export const pass = (r: ResourceRef, reason: string): CheckResult => result('PASS', r, reason);
export const fail = (r: ResourceRef, reason: string): CheckResult => result('FAIL', r, reason);
export const notApplicable = (r: ResourceRef, reason: string): CheckResult => result('NOT_APPLICABLE', r, reason);
export const manual = (r: ResourceRef, reason: string): CheckResult => result('MANUAL', r, reason);

/** Human wording of a failed read, naming the action, e.g. "s3:GetBucketLogging was denied (AccessDenied: ...)". */
export function describeReadError(e: ReadError): string {
  const what: Record<ReadError['kind'], string> = {
    'access-denied': 'was denied',
    'region-disabled': 'failed because the region is not enabled',
    throttled: 'was throttled until the scan stopped',
    'not-supported': 'is not supported here',
    other: 'failed',
  };
  return `${e.action} ${what[e.kind]}${e.region !== 'global' ? ` in ${e.region}` : ''} (${e.message.replace(/\.$/, '')})`;
}

/**
 * A ReadError for data that was read but lacks a value a decision needs (a report without a root
 * row, a policy that does not parse, a field the inventory does not hold): the check must say
 * UNKNOWN and name the call, not guess.
 */
export function missingData(
  action: string,
  target: string,
  message: string,
  options: { region?: string; kind?: ReadError['kind'] } = {},
): ReadError {
  return { action, kind: options.kind ?? 'other', target, region: options.region ?? 'global', message };
}

const isReadErrorList = (e: ReadError | readonly ReadError[]): e is readonly ReadError[] => Array.isArray(e);

/** UNKNOWN naming every read that failed; `about` says what could not be decided. */
export function unknown(r: ResourceRef, errors: ReadError | readonly ReadError[], about?: string): CheckResult {
  const list: ReadError[] = isReadErrorList(errors) ? [...errors] : [errors];
  const unique = list.filter((e, i) => list.findIndex((o) => o.action === e.action && o.target === e.target) === i);
  const what = unique.map(describeReadError).join('; ');
  const out = result('UNKNOWN', r, `${about ? `${about}: ` : 'Could not be evaluated: '}${what}.`);
  out.errors = unique;
  return out;
}

/**
 * UNKNOWN that no failed read explains: everything was read, but it does not settle the question
 * (the bucket is in another account, the scan missed regions, a filter is too complex to judge).
 * `errors` may name data that was read but incomplete (see missingData).
 */
export function undecided(r: ResourceRef, reason: string, errors?: readonly ReadError[]): CheckResult {
  const out = result('UNKNOWN', r, reason);
  if (errors) out.errors = [...errors];
  return out;
}

/** The account itself as a resource: global (IAM-level) or one service in one region. */
export function accountRef(ctx: EvalContext, region = 'global', service = 'iam'): ResourceRef {
  return region === 'global'
    ? { arn: `arn:${ctx.partition}:iam::${ctx.accountId}:root`, region: 'global', resourceType: 'AwsAccount' }
    : { arn: `arn:${ctx.partition}:${service}:${region}:${ctx.accountId}:account`, region, resourceType: 'AwsAccount' };
}

/**
 * Runs `fn` on each resource of an observed list; a failed list read becomes one UNKNOWN for
 * `scope` (the account or region the list was read in), so nothing is silently skipped.
 */
export function eachResource<T>(
  list: Observed<readonly T[]>,
  scope: ResourceRef,
  fn: (item: T) => CheckResult | CheckResult[] | undefined,
): CheckResult[] {
  if (!list.ok) return [unknown(scope, list.error)];
  return list.value.flatMap((item) => fn(item) ?? []);
}

/** Runs `fn` for each region of regional data (Record<region, T>), in region order. */
export function eachRegion<T>(
  byRegion: Readonly<Record<string, T>>,
  fn: (region: string, data: T) => CheckResult | CheckResult[] | undefined,
): CheckResult[] {
  return Object.keys(byRegion)
    .sort()
    .flatMap((region) => fn(region, byRegion[region] as T) ?? []);
}

/** Keys of a region's data that hold an observed list (`images`, `securityGroups`, ...). */
type ListKey<D> = { [K in keyof D]-?: D[K] extends Observed<readonly unknown[]> ? K : never }[keyof D];
/** The item type of an observed list; the tuple keeps the Observed union from being split. */
type ItemOf<L> = [L] extends [Observed<readonly (infer T)[]>] ? T : never;
type Results = CheckResult | CheckResult[] | undefined;

/**
 * Runs `fn` on each resource of one observed list in every region (region order): `list` names the
 * list in a region's data; without it, a region's data is the list itself (KMS keys). A failed list
 * read becomes one UNKNOWN for the account in that region and `service`. `fn` also gets the
 * region's data, for checks that relate one list to another (key pairs to instances).
 */
export function eachRegional<D, K extends ListKey<D>>(
  ctx: EvalContext,
  byRegion: Readonly<Record<string, D>>,
  list: K,
  service: string,
  fn: (item: ItemOf<D[K]>, data: D, region: string) => Results,
): CheckResult[];
export function eachRegional<T>(
  ctx: EvalContext,
  byRegion: Readonly<Record<string, Observed<readonly T[]>>>,
  service: string,
  fn: (item: T, region: string) => Results,
): CheckResult[];
export function eachRegional(
  ctx: EvalContext,
  byRegion: Readonly<Record<string, unknown>>,
  ...rest: [string, string, (item: never, data: unknown, region: string) => Results] | [string, (item: never, region: string) => Results]
): CheckResult[] {
  return eachRegion(byRegion, (region, data) => {
    if (rest.length === 2) {
      const [service, fn] = rest;
      return eachResource(data as Observed<readonly never[]>, accountRef(ctx, region, service), (item) => fn(item, region));
    }
    const [list, service, fn] = rest;
    const items = (data as Record<string, Observed<readonly never[]>>)[list] as Observed<readonly never[]>;
    return eachResource(items, accountRef(ctx, region, service), (item) => fn(item, data, region));
  });
}

export const DAY_MS = 86_400_000;

/**
 * Milliseconds from an ISO instant to now; undefined when the date is absent or unparseable.
 * Judge ages with this, against `days * DAY_MS`, never in whole days: an access key 90 days and
 * 20 hours old is older than 90 days, and flooring to 90 would pass it.
 */
export function ageMs(iso: string | null | undefined, now: Date): number | undefined {
  if (!iso) return undefined;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? undefined : now.getTime() - t;
}

/** Whether an age is more than `days` days, compared as exact instants. */
export const olderThanDays = (ms: number, days: number): boolean => ms > days * DAY_MS;

/** An age for a reason: "3 hours", "12 days", "90 days 20 hours" (hours shown under a year). */
export function formatAge(ms: number): string {
  const hours = Math.floor(Math.abs(ms) / 3_600_000);
  const days = Math.floor(hours / 24);
  const h = hours % 24;
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (days === 0) return plural(hours, 'hour');
  return h === 0 || days >= 365 ? plural(days, 'day') : `${plural(days, 'day')} ${plural(h, 'hour')}`;
}
