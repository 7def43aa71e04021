/**
 * When a Condition makes a grant to everyone non-public: only when it pins the caller, or the
 * network it calls from, to fixed values. Everything else (aws:SecureTransport, aws:UserAgent,
 * aws:Referer, Null tests, ...IfExists, ForAllValues:, policy variables, wildcards that still match
 * anyone) pins nothing: the grant stays public. The list follows S3's "meaning of public"
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status)
 * and the global condition keys reference
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html).
 */
import type { ConditionTest } from './document.js';
import { hasWildcard } from './wildcard.js';

/** What the policy is attached to, for conditions whose meaning depends on it. */
export interface PolicyContext {
  /**
   * VPCs every request already comes from, e.g. a VPC endpoint's own VPC: aws:SourceVpc equal to
   * it is true of every caller that can reach the endpoint, so it pins nothing.
   */
  ownVpcIds?: readonly string[];
  /** Likewise the endpoint's own ID: every request through it carries aws:SourceVpce = itself. */
  ownVpceIds?: readonly string[];
}

type ValueRule = 'exact' | 'arn' | 'userid' | 'orgpath' | 'cidr';

/**
 * Keys that identify the caller or its network, lower case (key names are case-insensitive), with
 * how a value must look to pin anything:
 * - exact: an ID compared whole; a wildcard in it (with a Like operator) may match anyone's ID.
 * - arn: a wildcard is acceptable only when the ARN's account field is a fixed 12-digit account.
 * - userid: a principal's unique ID, optionally followed by `:*` (any session of one role).
 * - orgpath: `o-xxxx/...`, fixed up to the organization at least.
 */
const PIN_KEYS: ReadonlyMap<string, ValueRule> = new Map<string, ValueRule>([
  // Service-to-service calls made on behalf of a resource: the resource or its account.
  ['aws:sourcearn', 'arn'],
  ['aws:sourceaccount', 'exact'],
  ['aws:sourceowner', 'exact'],
  // The same, by the resource's organization (global keys documented next to aws:SourceAccount).
  ['aws:sourceorgid', 'exact'],
  ['aws:sourceorgpaths', 'orgpath'],
  // The calling principal.
  ['aws:principalorgid', 'exact'],
  ['aws:principalorgpaths', 'orgpath'],
  ['aws:principalaccount', 'exact'],
  ['aws:principalarn', 'arn'],
  // Unique IDs (AIDA..., AROA...:session) are never reused across accounts, unlike aws:username,
  // which any account can mint and so is left out. S3 lists aws:userid as non-public.
  ['aws:userid', 'userid'],
  // The network.
  ['aws:sourcevpce', 'exact'],
  ['aws:sourcevpc', 'exact'],
  ['aws:sourceip', 'cidr'],
  // KMS: the caller's account (the AWS managed key policies pair it with kms:ViaService). kms:ViaService
  // alone is left out: it names a service anyone can call, not a caller.
  ['kms:calleraccount', 'exact'],
  // S3: requests through access points of one account, or one access point; that account's access
  // point policy then decides. S3 counts both as non-public.
  ['s3:dataaccesspointaccount', 'exact'],
  ['s3:dataaccesspointarn', 'arn'],
  // S3 counts a fixed KMS key as non-public: writing with it needs the key policy's permission,
  // which the key's owner controls. Kept for S3's meaning of public only.
  ['s3:x-amz-server-side-encryption-aws-kms-key-id', 'arn'],
]);

/** Operators that hold when the key equals one of the values (Like ones with wildcards). */
const POSITIVE = new Map<string, 'equals' | 'like' | 'ip'>([
  ['StringEquals', 'equals'],
  ['StringEqualsIgnoreCase', 'equals'],
  ['StringLike', 'like'],
  // ArnEquals and ArnLike behave the same: both accept wildcards in each ARN field.
  ['ArnEquals', 'like'],
  ['ArnLike', 'like'],
  ['IpAddress', 'ip'],
]);

/** Their negations: a Deny with these denies everyone whose key is NOT one of the values. */
const NEGATIVE = new Map<string, 'equals' | 'like' | 'ip'>([
  ['StringNotEquals', 'equals'],
  ['StringNotEqualsIgnoreCase', 'equals'],
  ['StringNotLike', 'like'],
  ['ArnNotEquals', 'like'],
  ['ArnNotLike', 'like'],
  ['NotIpAddress', 'ip'],
]);

/** Whether a CIDR is a specific range: not 0.0.0.0/0 or ::/0, nor wider than /8 (IPv4) or /16 (IPv6). */
function isBoundedCidr(value: string): boolean {
  const [address, bits, ...rest] = value.trim().split('/');
  if (!address || rest.length > 0) return false;
  if (bits === undefined) return true; // a single address
  const n = Number(bits);
  return Number.isInteger(n) && n >= (address.includes(':') ? 16 : 8);
}

/** Whether one value pins the key to something fixed, for an operator of the given kind. */
function valuePins(rule: ValueRule, kind: 'equals' | 'like' | 'ip', value: string): boolean {
  // A policy variable (${aws:userid}, ${aws:username}, ...) takes the caller's own value: true of everyone.
  if (value.includes('${')) return false;
  if (value.trim() === '') return false;
  if (rule === 'cidr') return kind === 'ip' && isBoundedCidr(value);
  if (kind === 'ip') return false;
  // StringEquals compares literally: a `*` in the value is a character, not a wildcard.
  if (kind === 'equals' || !hasWildcard(value)) return true;
  const firstWild = Math.min(...['*', '?'].map((c) => value.indexOf(c)).filter((i) => i >= 0));
  switch (rule) {
    case 'exact':
      return false;
    case 'arn': {
      const fields = value.split(':');
      return fields.length >= 6 && fields[0] === 'arn' && /^\d{12}$/.test(fields[4] ?? '');
    }
    case 'userid': {
      // "AROAEXAMPLEID:*": one role's sessions. "AROA*" would be every role of every account.
      const colon = value.indexOf(':');
      return colon > 0 && colon < firstWild;
    }
    case 'orgpath': {
      const slash = value.indexOf('/');
      return value.startsWith('o-') && slash > 2 && slash < firstWild;
    }
  }
}

function splitOperator(operator: string): { qualifier: 'ForAnyValue' | 'ForAllValues' | null; base: string; ifExists: boolean } {
  let rest = operator;
  let qualifier: 'ForAnyValue' | 'ForAllValues' | null = null;
  for (const q of ['ForAnyValue', 'ForAllValues'] as const) {
    if (rest.startsWith(`${q}:`)) {
      qualifier = q;
      rest = rest.slice(q.length + 1);
    }
  }
  const ifExists = rest.endsWith('IfExists');
  return { qualifier, base: ifExists ? rest.slice(0, -'IfExists'.length) : rest, ifExists };
}

function ownValue(test: ConditionTest, value: string, ctx: PolicyContext): boolean {
  if (test.keyLower === 'aws:sourcevpc') return (ctx.ownVpcIds ?? []).includes(value);
  if (test.keyLower === 'aws:sourcevpce') return (ctx.ownVpceIds ?? []).includes(value);
  return false;
}

/** Values pinning the key: every one must (any one matching satisfies the test). */
function valuesPin(test: ConditionTest, kind: 'equals' | 'like' | 'ip', ctx: PolicyContext): boolean {
  const rule = PIN_KEYS.get(test.keyLower);
  if (!rule || test.values.length === 0) return false;
  return test.values.every((v) => valuePins(rule, kind, v) && !ownValue(test, v, ctx));
}

/**
 * Whether a test in an Allow statement pins the caller or its network (conditions are ANDed, so
 * one such test makes the statement non-public).
 * - `...IfExists` holds when the key is absent: pins nothing.
 * - `ForAllValues:` holds when the key is absent (an empty set): pins nothing.
 * - `ForAnyValue:` is false when the key is absent and, on a single-valued key, is the plain
 *   operator; on the multivalued aws:PrincipalOrgPaths it is the documented form. It pins.
 */
export function pinsCaller(test: ConditionTest, ctx: PolicyContext = {}): boolean {
  const { qualifier, base, ifExists } = splitOperator(test.operator);
  if (ifExists || qualifier === 'ForAllValues') return false;
  const kind = POSITIVE.get(base);
  return kind !== undefined && valuesPin(test, kind, ctx);
}

/**
 * Whether a test in a Deny statement holds for every caller except a pinned set: a negated test
 * (`StringNotEquals aws:SourceVpce vpce-1`) on a pinning key. A negated test is true when the key
 * is absent, so `...IfExists` changes nothing here. Set qualifiers are not relied on.
 */
export function exemptsOnlyPinnedCallers(test: ConditionTest, ctx: PolicyContext = {}): boolean {
  const { qualifier, base } = splitOperator(test.operator);
  if (qualifier !== null) return false;
  const kind = NEGATIVE.get(base);
  return kind !== undefined && valuesPin(test, kind, ctx);
}

/** `Bool aws:SecureTransport false` (or `BoolIfExists`): true exactly of requests over plain HTTP. */
export function isInsecureTransportTest(test: ConditionTest): boolean {
  return (
    (test.operator === 'Bool' || test.operator === 'BoolIfExists') &&
    test.keyLower === 'aws:securetransport' &&
    test.values.length > 0 &&
    test.values.every((v) => v.toLowerCase() === 'false')
  );
}
