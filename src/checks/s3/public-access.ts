/**
 * Pure analysis of S3 bucket ACLs, bucket policies and Block Public Access, shared by the S3
 * checks and by any other check that needs to know whether a bucket is public (e.g. the
 * CloudTrail checks on a trail's log bucket):
 *
 *   const exposure = assessPublicAccess(bucket, inv.s3.accountPublicAccessBlock);
 *   exposure.read.verdict   // 'public' | 'not-public' | 'unknown'
 *
 * It follows "The meaning of public" in the S3 user guide
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status):
 * - an ACL is public when it grants anything to the AllUsers or AuthenticatedUsers groups;
 * - a policy is public when an Allow statement grants a "bad action" (s3:Get*, s3:List*, s3:Put*,
 *   s3:Delete*, s3:AbortMultipartUpload, s3:RestoreObject) to a wildcard principal, unless a
 *   condition pins it to fixed values of a restricting key (aws:SourceArn, aws:SourceVpce,
 *   aws:PrincipalOrgID, a non-/0 aws:SourceIp, ...);
 * - IgnorePublicAcls (bucket or account) neutralises public ACLs, RestrictPublicBuckets (bucket or
 *   account) neutralises public policies, and Object Ownership BucketOwnerEnforced disables ACLs.
 * Deny statements are not subtracted: that can only err towards "public" (a FAIL to review),
 * never towards a false "not public".
 */
import type { Observed, ReadError } from '../../model/observed.js';
import type { S3Acl, S3Bucket, S3BucketPolicy, S3Grant, S3PublicAccessBlock } from '../../model/s3.js';
import { fail, missingData, pass, unknown, type CheckResult } from '../define-check.js';

export type AccessKind = 'read' | 'write';
export type Verdict = 'public' | 'not-public' | 'unknown';

export const ALL_USERS_URI = 'http://acs.amazonaws.com/groups/global/AllUsers';
export const AUTHENTICATED_USERS_URI = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';

// ---------------------------------------------------------------------------------------------
// Small JSON helpers: policies are untyped JSON.

const asArray = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const strings = (v: unknown): string[] => asArray(v).filter((x): x is string => typeof x === 'string');

/** The statements of a policy document (Statement may be one object or an array). */
export function policyStatements(policy: S3BucketPolicy | null | undefined): Record<string, unknown>[] {
  return policy ? asArray(policy['Statement']).filter(isObject) : [];
}

/** IAM-style wildcard match (`*` any run, `?` one character), case-insensitive as IAM actions are. */
export function wildcardMatch(pattern: string, value: string): boolean {
  const p = pattern.toLowerCase();
  const v = value.toLowerCase();
  // Iterative glob matching with backtracking on the last star: linear-ish, no regex injection.
  let pi = 0,
    vi = 0,
    star = -1,
    mark = 0;
  while (vi < v.length) {
    if (pi < p.length && (p[pi] === '?' || p[pi] === v[vi])) {
      pi++;
      vi++;
    } else if (pi < p.length && p[pi] === '*') {
      star = pi++;
      mark = vi;
    } else if (star >= 0) {
      pi = star + 1;
      vi = ++mark;
    } else return false;
  }
  while (pi < p.length && p[pi] === '*') pi++;
  return pi === p.length;
}

/** Whether `pattern` matches at least one string that starts with `prefix` (e.g. can "s3:G*t*" match some "s3:Get..."?). */
export function canMatchPrefix(pattern: string, prefix: string): boolean {
  const p = pattern.toLowerCase();
  const q = prefix.toLowerCase();
  // States: positions in p reachable after consuming q[0..i]; once q is consumed, whatever is
  // left of p can always be satisfied by some suffix.
  let states = new Set<number>([0]);
  const closeStars = (s: Set<number>) => {
    for (const i of [...s]) {
      let j = i;
      while (j < p.length && p[j] === '*') s.add(++j);
    }
    return s;
  };
  states = closeStars(states);
  for (const ch of q) {
    const next = new Set<number>();
    for (const i of states) {
      if (i >= p.length) continue;
      if (p[i] === '*') next.add(i);
      else if (p[i] === '?' || p[i] === ch) next.add(i + 1);
    }
    states = closeStars(next);
    if (states.size === 0) return false;
  }
  return states.size > 0;
}

/** Whether `pattern` matches every string that starts with `prefix` (e.g. "s3:*" covers all of "s3:Get..."). */
export function coversPrefix(pattern: string, prefix: string): boolean {
  // A pattern covers a prefix when, after matching the prefix, it can absorb arbitrary suffixes:
  // checked with suffixes of different lengths made of a character no action contains.
  return ['', '\u0001', '\u0001\u0001\u0001\u0001\u0001\u0001\u0001'].every((s) => wildcardMatch(pattern, prefix + s));
}

// ---------------------------------------------------------------------------------------------
// Actions

/** Action prefixes S3 counts as exposing data to public reads ("bad actions"). */
export const READ_ACTION_PREFIXES = ['s3:Get', 's3:List'] as const;
/** Action prefixes S3 counts as exposing data to public writes ("bad actions"). */
export const WRITE_ACTION_PREFIXES = ['s3:Put', 's3:Delete', 's3:AbortMultipartUpload', 's3:RestoreObject', 's3:Replicate'] as const;

const prefixesOf = (kind: AccessKind) => (kind === 'read' ? READ_ACTION_PREFIXES : WRITE_ACTION_PREFIXES);

/** Whether a statement's Action / NotAction allows at least one action of `kind`. */
export function statementAllowsKind(statement: Record<string, unknown>, kind: AccessKind): boolean {
  const prefixes = prefixesOf(kind);
  if ('NotAction' in statement) {
    // Allow + NotAction allows everything not listed: the kind is allowed unless the exclusions
    // cover one of its whole prefixes... per prefix, conservatively.
    const excluded = strings(statement['NotAction']);
    return prefixes.some((prefix) => !excluded.some((p) => coversPrefix(p, prefix)));
  }
  const actions = strings(statement['Action']);
  return actions.some((a) => prefixes.some((prefix) => canMatchPrefix(a, prefix)));
}

/** Whether a statement's Action / NotAction may allow the exact `action`. */
export function statementCoversAction(statement: Record<string, unknown>, action: string): boolean {
  if ('NotAction' in statement) return !strings(statement['NotAction']).some((p) => wildcardMatch(p, action));
  return strings(statement['Action']).some((p) => wildcardMatch(p, action));
}

// ---------------------------------------------------------------------------------------------
// Principals and conditions

/** Whether a Principal value names everyone: "*", {"AWS": "*"}, or any principal string with a wildcard. */
export function isPublicPrincipal(principal: unknown): boolean {
  if (typeof principal === 'string') return principal.includes('*');
  if (!isObject(principal)) return false;
  return Object.values(principal).some((v) => strings(v).some((s) => s.includes('*')));
}

/**
 * Condition keys that, pinned to fixed values, make a wildcard-principal statement non-public
 * (S3's "meaning of public", plus the principal-identity keys Access Analyzer also honours).
 * Lower case: condition keys are case-insensitive.
 */
export const RESTRICTING_CONDITION_KEYS: readonly string[] = [
  'aws:sourcearn',
  'aws:sourceaccount',
  'aws:sourceowner',
  'aws:sourcevpc',
  'aws:sourcevpce',
  'aws:sourceip',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalaccount',
  'aws:principalarn',
  'aws:userid',
  's3:x-amz-server-side-encryption-aws-kms-key-id',
  's3:dataaccesspointaccount',
  's3:dataaccesspointarn',
];

/** Operators that compare a key with fixed values (negations and ...IfExists never restrict). */
const FIXED_VALUE_OPERATORS = new Set(['stringequals', 'stringequalsignorecase', 'stringlike', 'arnequals', 'arnlike', 'ipaddress']);

/** Whether an aws:SourceIp value limits access to a bounded set of addresses (not 0.0.0.0/0 or ::/0, nor a huge range). */
function isBoundedCidr(value: string): boolean {
  const [, bits] = value.split('/');
  if (bits === undefined) return true; // a single address
  const n = Number(bits);
  // Anything wider than /8 (IPv4) or /16 (IPv6) is treated as "the internet": conservative.
  return Number.isInteger(n) && n >= (value.includes(':') ? 16 : 8);
}

/** Whether one condition (operator, key, values) pins the request to fixed values of a restricting key. */
function isRestrictingCondition(operator: string, key: string, values: unknown): boolean {
  let op = operator.toLowerCase();
  if (op.startsWith('forallvalues:')) return false; // true for an empty key set: not a restriction
  if (op.startsWith('foranyvalue:')) op = op.slice('foranyvalue:'.length);
  if (op.endsWith('ifexists')) return false; // absent key passes: not a restriction
  if (!FIXED_VALUE_OPERATORS.has(op)) return false;
  const k = key.toLowerCase();
  if (!RESTRICTING_CONDITION_KEYS.includes(k)) return false;
  const vs = asArray(values).map((v) => (typeof v === 'string' ? v : String(v)));
  if (vs.length === 0) return false;
  if (k === 'aws:sourceip') return op === 'ipaddress' && vs.every(isBoundedCidr);
  if (op === 'ipaddress') return false;
  // A wildcard makes the value not fixed (e.g. aws:userid "AROA...:*" or aws:SourceArn "*").
  return vs.every((v) => v.length > 0 && !v.includes('*') && !v.includes('?'));
}

/** Whether a statement's Condition block restricts who can use it (any restricting condition suffices: conditions are ANDed). */
export function hasRestrictingCondition(condition: unknown): boolean {
  if (!isObject(condition)) return false;
  return Object.entries(condition).some(
    ([operator, block]) => isObject(block) && Object.entries(block).some(([key, values]) => isRestrictingCondition(operator, key, values)),
  );
}

// ---------------------------------------------------------------------------------------------
// Policies and ACLs

export interface PublicStatement {
  /** Position in the Statement array. */
  index: number;
  sid: string | null;
  /** Human description, e.g. `statement "PublicRead" allows s3:GetObject to Principal "*"`. */
  description: string;
}

/** Allow statements of a bucket policy that give `kind` access to everyone without a restricting condition. */
export function publicPolicyStatements(policy: S3BucketPolicy | null | undefined, kind: AccessKind): PublicStatement[] {
  return policyStatements(policy).flatMap((s, index) => {
    if (s['Effect'] !== 'Allow') return [];
    // Allow + NotPrincipal grants everyone except the listed principals.
    const everyone = 'NotPrincipal' in s || isPublicPrincipal(s['Principal']);
    if (!everyone || hasRestrictingCondition(s['Condition']) || !statementAllowsKind(s, kind)) return [];
    const sid = typeof s['Sid'] === 'string' && s['Sid'] ? s['Sid'] : null;
    const actions = 'NotAction' in s ? `all actions except ${strings(s['NotAction']).join(', ')}` : strings(s['Action']).join(', ');
    const who = 'NotPrincipal' in s ? 'everyone outside NotPrincipal' : `Principal ${JSON.stringify(s['Principal'])}`;
    return [{ index, sid, description: `statement ${sid ? `"${sid}"` : `#${index + 1}`} allows ${actions} to ${who}` }];
  });
}

const READ_PERMISSIONS = new Set(['READ', 'READ_ACP', 'FULL_CONTROL']);
const WRITE_PERMISSIONS = new Set(['WRITE', 'WRITE_ACP', 'FULL_CONTROL']);

/** The public group a grant goes to, if any. */
export function publicGrantee(grant: S3Grant): 'AllUsers' | 'AuthenticatedUsers' | null {
  if (grant.granteeUri === ALL_USERS_URI) return 'AllUsers';
  if (grant.granteeUri === AUTHENTICATED_USERS_URI) return 'AuthenticatedUsers';
  return null;
}

/** ACL grants that give `kind` access to AllUsers or AuthenticatedUsers (any AWS account). */
export function publicAclGrants(acl: S3Acl, kind: AccessKind): S3Grant[] {
  const perms = kind === 'read' ? READ_PERMISSIONS : WRITE_PERMISSIONS;
  return acl.grants.filter((g) => publicGrantee(g) !== null && perms.has(g.permission));
}

// ---------------------------------------------------------------------------------------------
// Block Public Access

export type BpaSetting = keyof S3PublicAccessBlock;

export interface EffectiveSetting {
  /** true when on at bucket or account level, false when readably off at both, undefined when that depends on an unreadable value. */
  on: boolean | undefined;
  /** Where it is on. */
  level?: 'bucket' | 'account';
  /** The reads that left it undecided. */
  errors: ReadError[];
}

/** One Block Public Access setting as S3 enforces it: the most restrictive of bucket and account level. */
export function effectiveSetting(
  bucketBpa: Observed<S3PublicAccessBlock | null>,
  accountBpa: Observed<S3PublicAccessBlock | null>,
  setting: BpaSetting,
): EffectiveSetting {
  if (bucketBpa.ok && bucketBpa.value?.[setting]) return { on: true, level: 'bucket', errors: [] };
  if (accountBpa.ok && accountBpa.value?.[setting]) return { on: true, level: 'account', errors: [] };
  const errors = [bucketBpa, accountBpa].flatMap((o) => (o.ok ? [] : [o.error]));
  return errors.length ? { on: undefined, errors } : { on: false, errors: [] };
}

/** Whether all four settings are on in a configuration (null = not configured = off). */
export function allBlocked(bpa: S3PublicAccessBlock | null): boolean {
  return !!bpa && bpa.blockPublicAcls && bpa.ignorePublicAcls && bpa.blockPublicPolicy && bpa.restrictPublicBuckets;
}

/** The settings that are off (all four when not configured), in AWS's names. */
export function settingsOff(bpa: S3PublicAccessBlock | null): string[] {
  const names: Record<BpaSetting, string> = {
    blockPublicAcls: 'BlockPublicAcls',
    ignorePublicAcls: 'IgnorePublicAcls',
    blockPublicPolicy: 'BlockPublicPolicy',
    restrictPublicBuckets: 'RestrictPublicBuckets',
  };
  return (Object.keys(names) as BpaSetting[]).filter((k) => !bpa?.[k]).map((k) => names[k]);
}

// ---------------------------------------------------------------------------------------------
// The verdict

export interface Exposure {
  verdict: Verdict;
  /** What makes it public (verdict 'public'), e.g. `ACL grant READ to AllUsers`. */
  via: string[];
  /** Public grants or statements that exist but are neutralised, with what neutralises them. */
  neutralised: string[];
  /** The reads that left it undecided (verdict 'unknown'). */
  errors: ReadError[];
}

export interface PublicAccessAssessment {
  read: Exposure;
  write: Exposure;
}

function levelText(s: EffectiveSetting, name: string): string {
  return `${name} is on at ${s.level} level`;
}

function aclExposure(bucket: S3Bucket, accountBpa: Observed<S3PublicAccessBlock | null>, kind: AccessKind): Exposure {
  const ignore = effectiveSetting(bucket.publicAccessBlock, accountBpa, 'ignorePublicAcls');
  const own = bucket.ownershipControls;
  const aclsDisabled = own.ok ? own.value?.objectOwnership === 'BucketOwnerEnforced' : undefined;
  if (!bucket.acl.ok) {
    if (ignore.on || aclsDisabled) return { verdict: 'not-public', via: [], neutralised: [], errors: [] };
    return { verdict: 'unknown', via: [], neutralised: [], errors: [bucket.acl.error] };
  }
  const grants = publicAclGrants(bucket.acl.value, kind).map((g) => `ACL grant ${g.permission} to ${publicGrantee(g)}`);
  if (grants.length === 0) return { verdict: 'not-public', via: [], neutralised: [], errors: [] };
  if (ignore.on)
    return {
      verdict: 'not-public',
      via: [],
      neutralised: grants.map((g) => `${g} (${levelText(ignore, 'IgnorePublicAcls')})`),
      errors: [],
    };
  if (aclsDisabled)
    return {
      verdict: 'not-public',
      via: [],
      neutralised: grants.map((g) => `${g} (ACLs are disabled by Object Ownership BucketOwnerEnforced)`),
      errors: [],
    };
  const errors = [...ignore.errors, ...(own.ok ? [] : [own.error])];
  if (errors.length) return { verdict: 'unknown', via: grants, neutralised: [], errors };
  return { verdict: 'public', via: grants, neutralised: [], errors: [] };
}

function policyExposure(bucket: S3Bucket, accountBpa: Observed<S3PublicAccessBlock | null>, kind: AccessKind): Exposure {
  const restrict = effectiveSetting(bucket.publicAccessBlock, accountBpa, 'restrictPublicBuckets');
  if (!bucket.policy.ok) {
    if (restrict.on) return { verdict: 'not-public', via: [], neutralised: [], errors: [] };
    return { verdict: 'unknown', via: [], neutralised: [], errors: [bucket.policy.error] };
  }
  const statements = publicPolicyStatements(bucket.policy.value, kind).map((s) => `bucket policy ${s.description}`);
  if (statements.length === 0) {
    if (!restrict.on && awsSaysPolicyPublicUnexplained(bucket)) {
      // AWS's own policy analysis (GetBucketPolicyStatus) sees public access that Bulwark's reading
      // of the statements does not: a second witness that can only turn a PASS into UNKNOWN.
      const error = missingData(
        's3:GetBucketPolicyStatus',
        bucket.arn,
        'AWS reports the bucket policy as public (PolicyStatus.IsPublic), but Bulwark found no public statement in it',
        { region: bucket.region },
      );
      return { verdict: 'unknown', via: [], neutralised: [], errors: [error] };
    }
    return { verdict: 'not-public', via: [], neutralised: [], errors: [] };
  }
  if (restrict.on)
    return {
      verdict: 'not-public',
      via: [],
      neutralised: statements.map((s) => `${s} (${levelText(restrict, 'RestrictPublicBuckets')})`),
      errors: [],
    };
  if (restrict.errors.length) return { verdict: 'unknown', via: statements, neutralised: [], errors: restrict.errors };
  return { verdict: 'public', via: statements, neutralised: [], errors: [] };
}

/** PolicyStatus.IsPublic is true, yet no statement grants public read or write as Bulwark reads it. */
function awsSaysPolicyPublicUnexplained(bucket: S3Bucket): boolean {
  const status = bucket.policyStatus;
  if (!status.ok || status.value?.isPublic !== true || !bucket.policy.ok) return false;
  return (
    publicPolicyStatements(bucket.policy.value, 'read').length === 0 && publicPolicyStatements(bucket.policy.value, 'write').length === 0
  );
}

/** Combines exposures: public if any part is public, else unknown if any part is unknown. */
function combine(parts: Exposure[]): Exposure {
  const pub = parts.filter((p) => p.verdict === 'public');
  const neutralised = parts.flatMap((p) => p.neutralised);
  if (pub.length) return { verdict: 'public', via: pub.flatMap((p) => p.via), neutralised, errors: [] };
  const unk = parts.filter((p) => p.verdict === 'unknown');
  if (unk.length) return { verdict: 'unknown', via: unk.flatMap((p) => p.via), neutralised, errors: unk.flatMap((p) => p.errors) };
  return { verdict: 'not-public', via: [], neutralised, errors: [] };
}

/** Whether a bucket is publicly readable / writable through its ACL or policy, given the Block Public Access in force. */
export function assessPublicAccess(bucket: S3Bucket, accountBpa: Observed<S3PublicAccessBlock | null>): PublicAccessAssessment {
  const one = (kind: AccessKind) => combine([aclExposure(bucket, accountBpa, kind), policyExposure(bucket, accountBpa, kind)]);
  return { read: one('read'), write: one('write') };
}

// ---------------------------------------------------------------------------------------------
// Deny non-TLS (aws:SecureTransport)

/** Whether a condition block has Bool / BoolIfExists aws:SecureTransport = false. */
function conditionIsInsecureTransport(condition: unknown): boolean {
  if (!isObject(condition)) return false;
  const entries = Object.entries(condition);
  // Only the SecureTransport test may be present: any other condition would narrow the Deny.
  if (entries.length !== 1) return false;
  const [operator, block] = entries[0] as [string, unknown];
  if (!['bool', 'boolifexists'].includes(operator.toLowerCase()) || !isObject(block)) return false;
  const keys = Object.entries(block);
  if (keys.length !== 1) return false;
  const [key, values] = keys[0] as [string, unknown];
  const vs = asArray(values);
  return (
    key.toLowerCase() === 'aws:securetransport' &&
    vs.length > 0 &&
    vs.every((v) => v === false || (typeof v === 'string' && v.toLowerCase() === 'false'))
  );
}

/** Whether a statement's Resource covers both the bucket and every object in it. */
function coversBucketAndObjects(statement: Record<string, unknown>, bucketArn: string): boolean {
  if ('NotResource' in statement) return false;
  const resources = strings(statement['Resource']);
  const probe = `${bucketArn}/\u0001any/key`;
  return resources.some((r) => wildcardMatch(r, bucketArn)) && resources.some((r) => wildcardMatch(r, probe));
}

/**
 * The statement that denies every S3 request over plain HTTP: Effect Deny, Principal "*" (or
 * {"AWS": "*"}), Action s3:* or *, Resource the bucket and its objects, and the only condition
 * Bool aws:SecureTransport false. Returns null when the policy has none.
 */
export function insecureTransportDenyStatement(policy: S3BucketPolicy | null | undefined, bucketArn: string): PublicStatement | null {
  const statements = policyStatements(policy);
  for (const [index, s] of statements.entries()) {
    if (s['Effect'] !== 'Deny' || 'NotPrincipal' in s) continue;
    const principal = s['Principal'];
    const everyone = principal === '*' || (isObject(principal) && strings(principal['AWS']).includes('*'));
    if (!everyone) continue;
    if ('NotAction' in s || !strings(s['Action']).some((a) => a === '*' || a.toLowerCase() === 's3:*')) continue;
    if (!coversBucketAndObjects(s, bucketArn) || !conditionIsInsecureTransport(s['Condition'])) continue;
    const sid = typeof s['Sid'] === 'string' && s['Sid'] ? s['Sid'] : null;
    return { index, sid, description: `statement ${sid ? `"${sid}"` : `#${index + 1}`} denies s3:* when aws:SecureTransport is false` };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Check results for the public read / write checks

/** One result of a public read or write check for a bucket, from its assessment. */
export function publicExposureResult(bucket: S3Bucket, exposure: Exposure, kind: AccessKind): CheckResult {
  const adjective = kind === 'read' ? 'publicly readable' : 'publicly writable';
  if (exposure.verdict === 'public') return fail(bucket, `S3 bucket ${bucket.name} is ${adjective} through ${exposure.via.join('; ')}.`);
  if (exposure.verdict === 'unknown') {
    const found = exposure.via.length ? ` (found ${exposure.via.join('; ')})` : '';
    return unknown(bucket, exposure.errors, `Whether S3 bucket ${bucket.name} is ${adjective}${found} could not be decided`);
  }
  if (exposure.neutralised.length) return pass(bucket, `S3 bucket ${bucket.name} is not ${adjective}: ${exposure.neutralised.join('; ')}.`);
  return pass(bucket, `S3 bucket ${bucket.name} grants no public ${kind} access through its ACL or bucket policy.`);
}
