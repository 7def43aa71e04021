/**
 * The simulator's request-rate limits: token buckets (burst = bucket size, rate = refill per second)
 * per account, region, service and API, with AWS's published numbers where AWS publishes them.
 * Sources and caveats are listed in bench/README.md ("The limits table"). A JSON file given with
 * `--limits FILE` (or `loadLimits`) is merged over this table, service by service and API by API.
 */
import { readFileSync } from 'node:fs';

export interface BucketLimit {
  /** Tokens in a full bucket: calls that can go through at once after a quiet period. */
  burst: number;
  /** Tokens added per second: the sustained call rate. */
  rate: number;
}

export interface ServiceLimits {
  /**
   * Limit of every API of the service not listed in `apis`. With `pooled`, those APIs share ONE
   * bucket (Lambda's "remainder of the control plane", RDS's account-wide limit); otherwise each
   * API gets its own bucket of this size (EC2's per-API buckets).
   */
  default?: BucketLimit;
  pooled?: boolean;
  /** APIs with their own bucket (e.g. Lambda GetFunction 100/s). */
  apis?: Record<string, BucketLimit>;
  /** 'global': one bucket for all regions (IAM is served from one region). Default 'region'. */
  scope?: 'region' | 'global';
}

export interface LimitsTable {
  /** Limit of a service that has no entry. */
  default: BucketLimit;
  services: Record<string, ServiceLimits>;
}

/** Per-API, per-region buckets with no published burst: the burst is one second's worth of calls. */
const perSecond = (rate: number): BucketLimit => ({ burst: rate, rate });

export const DEFAULT_LIMITS: LimitsTable = {
  // Services that publish nothing: a moderate per-API bucket, so that a flood still gets throttled.
  default: { burst: 50, rate: 20 },
  services: {
    // EC2: per API and region, bucket 100, refill 20/s for non-mutating calls. The 50/10 bucket of
    // "unfiltered and unpaginated" calls applies to seven Describe APIs called without MaxResults
    // or a filter; the proxy does not inspect parameters, so it uses the larger bucket throughout.
    ec2: {
      default: { burst: 100, rate: 20 },
      apis: {
        DescribeSecurityGroupReferences: { burst: 20, rate: 5 },
        DescribeStaleSecurityGroups: { burst: 20, rate: 5 },
        DescribeByoipCidrs: { burst: 1, rate: 0.5 },
        DescribeInstanceTopology: { burst: 1, rate: 1 },
      },
    },
    // IAM: no published rate; AWS says a number of token buckets may apply to each API. Observed
    // ~15/s per API for role and user reads, ~35/s for policy reads. Global: one bucket for all
    // regions of the account.
    iam: {
      scope: 'global',
      default: perSecond(15),
      apis: {
        GetPolicy: perSecond(35),
        GetPolicyVersion: perSecond(35),
        ListEntitiesForPolicy: perSecond(40),
        // A report is generated at most every four hours; the call itself is throttled readily.
        GenerateCredentialReport: { burst: 2, rate: 1 },
      },
    },
    sts: { scope: 'region', default: perSecond(50) },
    // KMS: per API and region; every read quota is calculated on its own.
    kms: {
      default: perSecond(100),
      apis: {
        DescribeKey: perSecond(2000),
        GetKeyRotationStatus: perSecond(1000),
        GetKeyPolicy: perSecond(1000),
        ListKeys: perSecond(500),
        ListAliases: perSecond(500),
        ListResourceTags: perSecond(2000),
        ListKeyPolicies: perSecond(100),
        ListGrants: perSecond(100),
      },
    },
    // RDS: per account and region, 300 in a burst and 12/s sustained, for all RDS API operations
    // together (the page gives one figure for the whole API).
    rds: { pooled: true, default: { burst: 300, rate: 12 } },
    // Lambda: GetFunction 100/s and GetPolicy 15/s have their own quotas; every other control-plane
    // call shares 15/s ("across all APIs, not per API").
    lambda: {
      pooled: true,
      default: perSecond(15),
      apis: { GetFunction: perSecond(100), GetPolicy: perSecond(15) },
    },
    // CloudTrail: per-API quotas of 10 TPS (Service Quotas); LookupEvents is lower (2/s).
    cloudtrail: { default: perSecond(10), apis: { LookupEvents: perSecond(2) } },
    // S3: no account-level rate for bucket configuration reads; 5,500 GET/HEAD per second per prefix.
    s3: { default: perSecond(5500) },
    // Organizations: unpublished; served from one region.
    organizations: { scope: 'global', default: perSecond(10) },
    // Account Management: 10/s with a burst of 15.
    account: { default: { burst: 15, rate: 10 } },
    servicequotas: { default: perSecond(10), apis: { GetServiceQuota: perSecond(5) } },
  },
};

/** The bucket a call counts against: its name and limit. */
export interface ResolvedBucket {
  /** account|region|service|API (or account|region|service|* for a pooled bucket; region 'global' for global services) */
  key: string;
  limit: BucketLimit;
}

export function resolveBucket(table: LimitsTable, call: { account: string; region: string; service: string; api: string }): ResolvedBucket {
  const svc = table.services[call.service];
  const region = svc?.scope === 'global' ? 'global' : call.region;
  const own = svc?.apis?.[call.api];
  if (own) return { key: `${call.account}|${region}|${call.service}|${call.api}`, limit: own };
  const limit = svc?.default ?? table.default;
  const api = svc?.pooled ? '*' : call.api;
  return { key: `${call.account}|${region}|${call.service}|${api}`, limit };
}

function checkLimit(v: unknown, where: string): BucketLimit {
  const o = v as Partial<BucketLimit> | null;
  if (!o || typeof o !== 'object' || !(Number(o.burst) >= 0) || !(Number(o.rate) >= 0)) {
    throw new Error(`limits: ${where} must be {"burst": number >= 0, "rate": number >= 0}`);
  }
  return { burst: Number(o.burst), rate: Number(o.rate) };
}

/** Merges an override (same shape as LimitsTable, every part optional) over a table. */
export function mergeLimits(base: LimitsTable, override: unknown): LimitsTable {
  if (!override || typeof override !== 'object') throw new Error('limits: the override must be a JSON object');
  const o = override as { default?: unknown; services?: Record<string, unknown> };
  const services: Record<string, ServiceLimits> = { ...base.services };
  for (const [name, raw] of Object.entries(o.services ?? {})) {
    const s = (raw ?? {}) as { default?: unknown; pooled?: unknown; apis?: Record<string, unknown>; scope?: unknown };
    const prev = services[name] ?? {};
    const apis = { ...prev.apis };
    for (const [api, lim] of Object.entries(s.apis ?? {})) apis[api] = checkLimit(lim, `services.${name}.apis.${api}`);
    services[name] = {
      ...prev,
      ...(s.default !== undefined ? { default: checkLimit(s.default, `services.${name}.default`) } : {}),
      ...(typeof s.pooled === 'boolean' ? { pooled: s.pooled } : {}),
      ...(s.scope === 'global' || s.scope === 'region' ? { scope: s.scope } : {}),
      apis,
    };
  }
  return { default: o.default !== undefined ? checkLimit(o.default, 'default') : base.default, services };
}

export function loadLimits(file?: string): LimitsTable {
  if (!file) return DEFAULT_LIMITS;
  return mergeLimits(DEFAULT_LIMITS, JSON.parse(readFileSync(file, 'utf8')));
}

/** Every bucket of the table set to the same limit: for tests that want throttling at once. */
export function uniformLimits(limit: BucketLimit): LimitsTable {
  const services: Record<string, ServiceLimits> = {};
  for (const [name, s] of Object.entries(DEFAULT_LIMITS.services)) {
    services[name] = { ...s, default: limit, apis: Object.fromEntries(Object.keys(s.apis ?? {}).map((a) => [a, limit])) };
  }
  return { default: limit, services };
}
