/**
 * Whether an S3 bucket is public, from its ACL, its bucket policy and the Block Public Access in
 * force; shared by the S3 checks and by any other check that needs to know (e.g. the CloudTrail
 * checks on a trail's log bucket):
 *
 *   const exposure = assessPublicAccess(bucket, inv.s3.accountPublicAccessBlock);
 *   exposure.read.verdict   // 'public' | 'not-public' | 'unknown'
 *
 * It follows "The meaning of public" in the S3 user guide
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status):
 * - an ACL is public when it grants anything to the AllUsers or AuthenticatedUsers groups;
 * - a policy is public as the policy engine (src/checks/lib/policy) reads it for S3's "bad
 *   actions" (./bucket-policy.ts): an Allow to everyone that no condition pins to a fixed caller or
 *   network, and that no Deny closes to every caller but a pinned one;
 * - IgnorePublicAcls (bucket or account) neutralises public ACLs, RestrictPublicBuckets (bucket or
 *   account) neutralises public policies, and Object Ownership BucketOwnerEnforced disables ACLs.
 * A bucket policy the engine cannot parse leaves the verdict unknown.
 */
import type { Observed, ReadError } from '../../model/observed.js';
import type { S3Acl, S3Bucket, S3Grant, S3PublicAccessBlock } from '../../model/s3.js';
import { fail, missingData, pass, unknown, type CheckResult } from '../define-check.js';
import { parsePolicy } from '../lib/policy/index.js';
import { bucketPolicyExposure, type AccessKind } from './bucket-policy.js';

export type { AccessKind } from './bucket-policy.js';
export type Verdict = 'public' | 'not-public' | 'unknown';

export const ALL_USERS_URI = 'http://acs.amazonaws.com/groups/global/AllUsers';
export const AUTHENTICATED_USERS_URI = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';

// ---------------------------------------------------------------------------------------------
// ACLs

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
  // No bucket policy (null) grants nothing through one.
  const parsed = parsePolicy(bucket.policy.value ?? { Statement: [] });
  if (!parsed.ok) {
    if (restrict.on) return { verdict: 'not-public', via: [], neutralised: [], errors: [] };
    const error = missingData('s3:GetBucketPolicy', bucket.arn, parsed.reason, { region: bucket.region });
    return { verdict: 'unknown', via: [], neutralised: [], errors: [error] };
  }
  const exposure = bucketPolicyExposure(parsed.policy, kind);
  const closed = exposure.closed.map((s) => `bucket policy ${s}`);
  const statements = exposure.open.map((s) => `bucket policy ${s.description}`);
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
    return { verdict: 'not-public', via: [], neutralised: closed, errors: [] };
  }
  if (restrict.on)
    return {
      verdict: 'not-public',
      via: [],
      neutralised: [...statements.map((s) => `${s} (${levelText(restrict, 'RestrictPublicBuckets')})`), ...closed],
      errors: [],
    };
  if (restrict.errors.length) return { verdict: 'unknown', via: statements, neutralised: [], errors: restrict.errors };
  return { verdict: 'public', via: statements, neutralised: [], errors: [] };
}

/** PolicyStatus.IsPublic is true, yet no statement grants public read or write as Bulwark reads it. */
function awsSaysPolicyPublicUnexplained(bucket: S3Bucket): boolean {
  const status = bucket.policyStatus;
  if (!status.ok || status.value?.isPublic !== true || !bucket.policy.ok) return false;
  const parsed = parsePolicy(bucket.policy.value ?? { Statement: [] });
  if (!parsed.ok) return false;
  return bucketPolicyExposure(parsed.policy, 'read').open.length === 0 && bucketPolicyExposure(parsed.policy, 'write').open.length === 0;
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
