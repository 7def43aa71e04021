/**
 * The questions checks ask of a parsed policy. Each answer errs one way only: towards "public" /
 * "grants it", never towards a false "not public". A Deny is subtracted only when it certainly
 * covers the grant: same actions, same resources, and every caller but a pinned set.
 *
 * Evaluation logic: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 */
import type { Policy, Statement } from './document.js';
import { exemptsOnlyPinnedCallers, pinsCaller, type PolicyContext } from './condition.js';
import { statementLabel } from './label.js';
import { allowReachesEveryone, isExactlyEveryone, namesEveryone, principalAccount } from './principal.js';
import { hasWildcard, isAllWildcard, wildcardCovers, wildcardsIntersect } from './wildcard.js';

const ACTION = { ignoreCase: true };
const RESOURCE = { ignoreCase: false };

// ---------------------------------------------------------------------------------------------
// Actions and resources of one statement

/** Whether a statement's Action / NotAction grants at least one action matching `family` (a pattern). */
export function touchesActions(s: Statement, family: string): boolean {
  if (s.action) return s.action.some((a) => wildcardsIntersect(a, family, ACTION));
  return !(s.notAction ?? []).some((n) => wildcardCovers(n, family, ACTION));
}

/** Whether a statement's Action / NotAction certainly covers every action matching `family`. */
export function coversActions(s: Statement, family: string): boolean {
  if (s.action) return s.action.some((a) => wildcardCovers(a, family, ACTION));
  return !(s.notAction ?? []).some((n) => wildcardsIntersect(n, family, ACTION));
}

/** Whether a statement may apply to some resource matching `resource` (absent Resource: the resource the policy is on). */
export function touchesResource(s: Statement, resource: string): boolean {
  if (s.resource) return s.resource.some((r) => wildcardsIntersect(r, resource, RESOURCE));
  if (s.notResource) return !s.notResource.some((n) => wildcardCovers(n, resource, RESOURCE));
  return true;
}

/** Whether a statement certainly applies to every resource matching `resource`. */
export function coversResource(s: Statement, resource: string): boolean {
  if (s.resource) return s.resource.some((r) => wildcardCovers(r, resource, RESOURCE));
  if (s.notResource) return !s.notResource.some((n) => wildcardsIntersect(n, resource, RESOURCE));
  return true;
}

/** Whether a statement applies to every resource: `Resource: "*"` or no resource element at all. */
const coversEveryResource = (s: Statement): boolean => (s.resource ? s.resource.some(isAllWildcard) : s.notResource === null);

// ---------------------------------------------------------------------------------------------
// Deny subtraction

/**
 * Whether a Deny applies to every caller except a pinned set (so what it covers is not public):
 * Principal `*` or NotPrincipal naming fixed principals, and every condition (they are ANDed) a
 * negated pin such as `StringNotEquals aws:SourceVpce vpce-1`. `Bool aws:SecureTransport false`
 * is not: HTTPS callers pass it.
 */
export function denyLeavesOnlyPinnedCallers(d: Statement, ctx: PolicyContext): boolean {
  if (d.effect !== 'Deny') return false;
  const principalOk = d.principal ? isExactlyEveryone(d.principal) : d.notPrincipal ? !namesEveryone(d.notPrincipal) : false;
  return principalOk && d.conditions.every((c) => exemptsOnlyPinnedCallers(c, ctx));
}

/** Whether Deny `d` covers every action of `allow` that matches `family`. */
function denyCoversActions(d: Statement, allow: Statement, family: string): boolean {
  if (coversActions(d, family)) return true;
  // Or it covers each of the Allow's own actions in the family (e.g. Deny s3:GetObject for an Allow of s3:GetObject).
  return allow.action !== null && allow.action.filter((a) => wildcardsIntersect(a, family, ACTION)).every((a) => coversActions(d, a));
}

/** Whether Deny `d` covers every resource `allow` grants (within `resource` when given). */
function denyCoversResources(d: Statement, allow: Statement, resource: string | undefined): boolean {
  if (resource !== undefined && coversResource(d, resource)) return true;
  if (allow.resource === null) return coversEveryResource(d);
  const granted = resource === undefined ? allow.resource : allow.resource.filter((r) => wildcardsIntersect(r, resource, RESOURCE));
  return granted.every((r) => coversResource(d, r));
}

// ---------------------------------------------------------------------------------------------
// Is it public?

export interface AccessQuestion {
  /** Action patterns asked about, e.g. ['s3:Get*', 's3:List*'] or ['*']. */
  actions: readonly string[];
  /** A resource ARN or pattern, e.g. `arn:aws:s3:::b/*`; omitted: whatever the statements name. */
  resource?: string;
  context?: PolicyContext;
}

export interface PublicGrant {
  statement: Statement;
  /** `statement "Sid"` or `statement #N`. */
  label: string;
  /** The asked action patterns this statement opens to everyone. */
  families: string[];
}

export interface PublicAnswer {
  /** Allow statements open to everyone for the asked actions, after Deny subtraction. */
  grants: PublicGrant[];
  /** Allow statements that would be public, but a Deny closes to pinned callers (with the Deny's label). */
  closedByDeny: { statement: Statement; label: string; by: string }[];
}

/** Whether an Allow is open to everyone: reaches everyone and no condition pins the caller. */
export function isOpenAllow(s: Statement, ctx: PolicyContext = {}): boolean {
  return s.effect === 'Allow' && allowReachesEveryone(s) && !s.conditions.some((c) => pinsCaller(c, ctx));
}

/** The Allow statements that open the asked actions to everyone. */
export function publicAccess(policy: Policy, q: AccessQuestion): PublicAnswer {
  const ctx = q.context ?? {};
  const denies = policy.statements.filter((d) => denyLeavesOnlyPinnedCallers(d, ctx));
  const grants: PublicGrant[] = [];
  const closedByDeny: PublicAnswer['closedByDeny'] = [];
  for (const s of policy.statements) {
    if (!isOpenAllow(s, ctx)) continue;
    if (q.resource !== undefined && !touchesResource(s, q.resource)) continue;
    const asked = q.actions.filter((f) => touchesActions(s, f));
    if (asked.length === 0) continue;
    const open: string[] = [];
    let by: Statement | undefined;
    for (const f of asked) {
      const d = denies.find((x) => denyCoversActions(x, s, f) && denyCoversResources(x, s, q.resource));
      if (d) by ??= d;
      else open.push(f);
    }
    if (open.length > 0) grants.push({ statement: s, label: statementLabel(s), families: open });
    else if (by) closedByDeny.push({ statement: s, label: statementLabel(s), by: statementLabel(by) });
  }
  return { grants, closedByDeny };
}

export const isPublic = (policy: Policy, q: AccessQuestion): boolean => publicAccess(policy, q).grants.length > 0;

// ---------------------------------------------------------------------------------------------
// Which other accounts can use it?

export interface ExternalAccess {
  /** Open to everyone (see publicAccess). */
  public: boolean;
  /** Accounts other than the owner named by Allow statements (12-digit IDs). */
  accounts: string[];
  /** Named principals outside the owner account whose account is not visible (canonical users, identity providers). */
  principals: string[];
}

/**
 * Who outside `ownerAccountId` an Allow grants the asked actions to. Service principals are not
 * accounts and are left out; a statement whose condition pins the caller to the owner's own
 * account or organization (aws:PrincipalAccount, aws:SourceAccount, ...) still lists its
 * principals: the list is what the policy names, to be read with the conditions.
 */
export function externalAccess(policy: Policy, ownerAccountId: string, q: AccessQuestion): ExternalAccess {
  const accounts = new Set<string>();
  const principals = new Set<string>();
  for (const s of policy.statements) {
    if (s.effect !== 'Allow' || !s.principal || s.principal.everyone) continue;
    if (q.resource !== undefined && !touchesResource(s, q.resource)) continue;
    if (!q.actions.some((f) => touchesActions(s, f))) continue;
    // Fully closed by an unconditioned Deny for everyone: grants nobody.
    const closed = policy.statements.some(
      (d) =>
        d.effect === 'Deny' &&
        d.conditions.length === 0 &&
        d.principal !== null &&
        isExactlyEveryone(d.principal) &&
        q.actions.every((f) => !touchesActions(s, f) || denyCoversActions(d, s, f)) &&
        denyCoversResources(d, s, q.resource),
    );
    if (closed) continue;
    for (const e of s.principal.entries) {
      if (e.kind === 'Service' || hasWildcard(e.value)) continue;
      const account = principalAccount(e.value);
      if (account === null) principals.add(`${e.kind} ${e.value}`);
      else if (account !== ownerAccountId) accounts.add(account);
    }
  }
  return { public: isPublic(policy, q), accounts: [...accounts].sort(), principals: [...principals].sort() };
}

// ---------------------------------------------------------------------------------------------
// Identity policies: does it grant an action on every resource?

/** `*`, `*:*` (and equivalent runs of stars): every action of every service. */
export function isFullWildcardAction(pattern: string): boolean {
  const [service, action, ...rest] = pattern.split(':');
  return rest.length === 0 && isAllWildcard(service ?? '') && (action === undefined || isAllWildcard(action));
}

/** `s3:*`: every action of one service (a prefix such as `s3:Get*` is not). */
export function isServiceWildcardAction(pattern: string): boolean {
  const [service, action, ...rest] = pattern.split(':');
  return rest.length === 0 && !!service && /^[a-z0-9-]+$/i.test(service) && action !== undefined && isAllWildcard(action);
}

/**
 * Allow statements that grant `action` (a pattern: `*:*` asks for every action, `kms:Decrypt`
 * for one) on every resource: `Resource: "*"`, or NotResource (everything but a few resources, as
 * FSBP IAM.1 / AWS Config's iam-policy-no-statements-with-admin-access count it). A Condition does
 * not exempt a statement: identity-policy conditions rarely pin anything and the rule counts it.
 * An unconditioned Deny of the action on every resource in the same policy leaves nothing granted.
 * https://docs.aws.amazon.com/config/latest/developerguide/iam-policy-no-statements-with-admin-access.html
 */
export function grantsOnEveryResource(policy: Policy, action: string): Statement[] {
  const all = (s: Statement) => (s.resource ? s.resource.some(isAllWildcard) : s.notResource !== null);
  const denied = policy.statements.some(
    (d) =>
      d.effect === 'Deny' &&
      d.conditions.length === 0 &&
      d.principal === null &&
      d.notPrincipal === null &&
      coversActions(d, action) &&
      coversEveryResource(d),
  );
  if (denied) return [];
  return policy.statements.filter((s) => s.effect === 'Allow' && coversActions(s, action) && all(s));
}

/**
 * Allow grants of all actions of a service (FSBP IAM.21): `service:*`, or `*` (every service);
 * `NotAction` in an Allow grants every action not listed, so it counts too. The resource does not
 * matter: `s3:*` on one bucket still fails.
 * https://docs.aws.amazon.com/config/latest/developerguide/iam-policy-no-statements-with-full-access.html
 */
export function wildcardActionGrants(policy: Policy): string[] {
  const out: string[] = [];
  for (const s of policy.statements) {
    if (s.effect !== 'Allow') continue;
    for (const a of s.action ?? []) if (isServiceWildcardAction(a) || isFullWildcardAction(a)) out.push(a);
    if (s.notAction) out.push(`NotAction ${s.notAction.join(', ')}`);
  }
  return [...new Set(out)];
}

/**
 * Allow statements that grant `action` on every resource matching `resource` (a pattern such as
 * `arn:aws:kms:*:*:key/*`, "every KMS key"): `Resource: "*"`, a pattern covering it, or
 * NotResource that leaves it out nowhere. As in AWS Config's iam-*-blocked-kms-actions rules,
 * conditions are not evaluated: a conditioned grant still counts. An unconditioned Deny of the
 * action on all of those resources in the same policy leaves nothing granted.
 * https://docs.aws.amazon.com/config/latest/developerguide/iam-customer-policy-blocked-kms-actions.html
 */
export function grantsOnAllOf(policy: Policy, action: string, resource: string): Statement[] {
  const denied = policy.statements.some(
    (d) =>
      d.effect === 'Deny' &&
      d.conditions.length === 0 &&
      d.principal === null &&
      d.notPrincipal === null &&
      coversActions(d, action) &&
      coversResource(d, resource),
  );
  if (denied) return [];
  return policy.statements.filter((s) => s.effect === 'Allow' && coversActions(s, action) && coversResource(s, resource));
}
