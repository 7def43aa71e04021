/**
 * The least time any client could need for a set of reads, given the simulator's limits and
 * latency: every token bucket must admit its calls (after its burst, at its refill rate), and every
 * chain of dependent calls (the pages of a list, then a read of an item of the last page) takes one
 * round trip per link. Calls of different buckets and chains may overlap freely (unlimited client
 * concurrency), so the bound is the largest single term. Pure functions.
 */
import { resolveBucket, type LimitsTable } from './limits.js';

/** One API of one account and region: how many calls, and how many pages its longest chain has. */
export interface ApiCalls {
  account: string;
  region: string;
  service: string;
  api: string;
  calls: number;
  /** Pages of the longest pagination chain of this API (1 for a call that is not paginated). */
  chainPages: number;
}

/** What the bound needs of one logged call. */
export interface LoggedCall {
  account: string;
  region: string;
  service: string;
  api: string;
  paged: boolean;
  throttled: boolean;
}

/**
 * Groups logged calls by API. Throttled answers are not reads (they are retried), so only the calls
 * that reached the service count. The longest chain of an API is at least calls / first pages
 * (a first page carries no continuation token; each chain starts with one).
 */
export function summarizeCalls(calls: readonly LoggedCall[]): ApiCalls[] {
  const groups = new Map<string, { c: ApiCalls; firsts: number }>();
  for (const call of calls) {
    if (call.throttled) continue;
    const key = `${call.account}|${call.region}|${call.service}|${call.api}`;
    let g = groups.get(key);
    if (!g) {
      g = { c: { account: call.account, region: call.region, service: call.service, api: call.api, calls: 0, chainPages: 1 }, firsts: 0 };
      groups.set(key, g);
    }
    g.c.calls++;
    if (!call.paged) g.firsts++;
  }
  return [...groups.values()].map(({ c, firsts }) => ({ ...c, chainPages: Math.ceil(c.calls / Math.max(1, firsts)) }));
}

export interface BoundTerm {
  kind: 'bucket' | 'chain';
  /** bucket key (account|region|service|API or *) or account|region|service|API of the chain */
  key: string;
  calls: number;
  seconds: number;
}

export interface LowerBound {
  seconds: number;
  calls: number;
  /** The largest terms, largest first (the first is the bottleneck). */
  terms: BoundTerm[];
}

/** Time for `calls` through a bucket that starts full: max(0, calls − burst) / rate. */
export function bucketSeconds(calls: number, limit: { burst: number; rate: number }): number {
  const excess = Math.max(0, calls - limit.burst);
  if (excess === 0) return 0;
  return limit.rate > 0 ? excess / limit.rate : Infinity;
}

/** Time of a chain of `pages` list pages followed by one dependent read, one median round trip per link. */
export function chainSeconds(pages: number, medianLatencyMs: number): number {
  return ((pages + 1) * medianLatencyMs) / 1000;
}

export function lowerBound(plan: readonly ApiCalls[], limits: LimitsTable, medianLatencyMs: number, top = 5): LowerBound {
  const buckets = new Map<string, { calls: number; limit: { burst: number; rate: number } }>();
  const terms: BoundTerm[] = [];
  let calls = 0;
  for (const a of plan) {
    calls += a.calls;
    const b = resolveBucket(limits, a);
    const cur = buckets.get(b.key) ?? { calls: 0, limit: b.limit };
    cur.calls += a.calls;
    buckets.set(b.key, cur);
    terms.push({
      kind: 'chain',
      key: `${a.account}|${a.region}|${a.service}|${a.api}`,
      calls: a.chainPages,
      seconds: chainSeconds(a.chainPages, medianLatencyMs),
    });
  }
  for (const [key, b] of buckets) terms.push({ kind: 'bucket', key, calls: b.calls, seconds: bucketSeconds(b.calls, b.limit) });
  terms.sort((x, y) => y.seconds - x.seconds || y.calls - x.calls);
  return { seconds: terms[0]?.seconds ?? 0, calls, terms: terms.slice(0, top) };
}

/** The resources of a seeded account that the cheapest plan needs to size its pages. */
export interface AccountShape {
  users: number;
  roles: number;
  policies: number;
  groups?: number;
  buckets: number;
  regions: string[];
  /** per region */
  securityGroups: number;
  volumes: number;
  instances: number;
}

/**
 * IAM reads of one user, role, group or policy that GetAccountAuthorizationDetails (inline and
 * attached policies, group memberships, tags, policy versions, instance profiles) or the
 * credential report (password, MFA, access keys and their last use, certificates) answer in bulk.
 */
export const IAM_PER_ENTITY_COVERED = new Set([
  'ListUsers',
  'ListRoles',
  'ListGroups',
  'ListPolicies',
  'GetUser',
  'GetRole',
  'GetGroup',
  'GetPolicy',
  'GetPolicyVersion',
  'ListPolicyVersions',
  'ListUserPolicies',
  'GetUserPolicy',
  'ListAttachedUserPolicies',
  'ListGroupsForUser',
  'ListUserTags',
  'ListRolePolicies',
  'GetRolePolicy',
  'ListAttachedRolePolicies',
  'ListRoleTags',
  'ListInstanceProfilesForRole',
  'ListGroupPolicies',
  'GetGroupPolicy',
  'ListAttachedGroupPolicies',
  'ListEntitiesForPolicy',
  'ListAccessKeys',
  'GetAccessKeyLastUsed',
  'ListMFADevices',
  'GetLoginProfile',
  'ListSigningCertificates',
  'GetAccountAuthorizationDetails',
  'GenerateCredentialReport',
  'GetCredentialReport',
]);

/** Largest page of the EC2 lists the account fills (MaxResults limits of the EC2 API reference). */
const EC2_PAGE: Record<string, { max: number; count: (a: AccountShape) => number }> = {
  DescribeInstances: { max: 1000, count: (a) => a.instances },
  DescribeSecurityGroups: { max: 1000, count: (a) => a.securityGroups },
  DescribeSecurityGroupRules: { max: 1000, count: (a) => a.securityGroups * 2 },
  DescribeVolumes: { max: 500, count: (a) => a.volumes },
};

/** GetAccountAuthorizationDetails pages hold up to 1,000 items (MaxItems). */
const GAAD_PAGE = 1000;

/**
 * The cheapest plan known for the same reads as `made`, on the account `shape`:
 * - IAM: the per-entity reads and lists that GetAccountAuthorizationDetails and the credential
 *   report cover are replaced by four GAAD chains (one per entity type, filtered, 1,000 per page)
 *   plus GenerateCredentialReport and GetCredentialReport; other IAM reads (account settings,
 *   providers, service-last-accessed jobs) stay as made;
 * - S3: no GetBucketLocation (ListBuckets returns each bucket's region);
 * - EC2: instances, security groups and volumes in the largest pages the API allows;
 * - everything else as made.
 * The credential report's generation time is not modelled (AWS publishes none).
 */
export function cheapestPlan(made: readonly ApiCalls[], shape: AccountShape): ApiCalls[] {
  const out: ApiCalls[] = [];
  const accounts = new Set<string>();
  for (const a of made) {
    accounts.add(a.account);
    if (a.service === 'iam' && IAM_PER_ENTITY_COVERED.has(a.api)) continue;
    if (a.service === 's3' && a.api === 'GetBucketLocation') continue;
    const page = a.service === 'ec2' ? EC2_PAGE[a.api] : undefined;
    if (page) {
      const pages = Math.max(1, Math.ceil(page.count(shape) / page.max));
      out.push({ ...a, calls: pages, chainPages: pages });
      continue;
    }
    out.push({ ...a });
  }
  const iamRegion = made.find((a) => a.service === 'iam')?.region ?? 'us-east-1';
  for (const account of accounts.size ? accounts : new Set(['123456789012'])) {
    const gaad = [shape.users, shape.roles, shape.groups ?? 0, shape.policies].map((n) => Math.max(1, Math.ceil(n / GAAD_PAGE)));
    const iam = { account, region: iamRegion, service: 'iam' };
    out.push({ ...iam, api: 'GetAccountAuthorizationDetails', calls: gaad.reduce((s, n) => s + n, 0), chainPages: Math.max(...gaad) });
    out.push({ ...iam, api: 'GenerateCredentialReport', calls: 1, chainPages: 1 });
    // Generate, then fetch: the fetch depends on the generation (a chain of two).
    out.push({ ...iam, api: 'GetCredentialReport', calls: 1, chainPages: 2 });
  }
  return out;
}

/**
 * Command line: the bound of a proxy call log (JSONL), and of the cheapest plan for a generated
 * account size.  tsx bench/sim/lower-bound.ts calls.jsonl [--size medium] [--limits FILE] [--latency-median 60]
 */
async function main(): Promise<void> {
  const { readFileSync } = await import('node:fs');
  const { parseArgs } = await import('node:util');
  const { loadLimits } = await import('./limits.js');
  const { ACCOUNT_SIZES } = await import('./seed-account.js');
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { size: { type: 'string' }, limits: { type: 'string' }, 'latency-median': { type: 'string', default: '60' } },
  });
  const file = positionals[0];
  if (!file) throw new Error('usage: lower-bound.ts calls.jsonl [--size small|medium|large] [--limits FILE] [--latency-median 60]');
  const limits = loadLimits(values.limits);
  const median = Number(values['latency-median']);
  const calls = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as LoggedCall);
  const made = summarizeCalls(calls);
  const out: Record<string, LowerBound> = { made: lowerBound(made, limits, median) };
  const shape = values.size ? ACCOUNT_SIZES[values.size as keyof typeof ACCOUNT_SIZES] : undefined;
  if (values.size && !shape) throw new Error(`--size must be one of ${Object.keys(ACCOUNT_SIZES).join(', ')}`);
  if (shape) out['cheapestPlan'] = lowerBound(cheapestPlan(made, shape), limits, median);
  console.log(JSON.stringify(out, null, 2));
}

if (process.argv[1]?.endsWith('lower-bound.ts')) {
  main().catch((err: unknown) => {
    console.error(`lower-bound: ${(err as Error).message}`);
    process.exit(2);
  });
}
