/**
 * What a Principal / NotPrincipal element names
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html).
 */
import type { Principals, Statement } from './document.js';
import { hasWildcard } from './wildcard.js';

/**
 * Whether the element names every principal: `"*"`, `{"AWS": "*"}`, `{"AWS": ["*"]}`. Any value
 * holding a wildcard counts too (e.g. `arn:aws:iam::*:root`): IAM only honours `*` alone, but a
 * wildcard inside a principal can only widen what the author meant, so it is read as everyone.
 */
export function namesEveryone(p: Principals): boolean {
  return p.everyone || p.entries.some((e) => hasWildcard(e.value));
}

/** Exactly everyone (`"*"` or `{"AWS": "*"}`): the only forms a Deny can rely on to cover all callers. */
export function isExactlyEveryone(p: Principals): boolean {
  return p.everyone || p.entries.some((e) => e.kind === 'AWS' && e.value === '*');
}

/**
 * Whether an Allow statement grants to everyone: Principal everyone, or NotPrincipal (everyone but
 * the few listed; NotPrincipal `*` excludes everyone, so it grants nobody).
 */
export function allowReachesEveryone(s: Statement): boolean {
  if (s.principal) return namesEveryone(s.principal);
  if (s.notPrincipal) return !isExactlyEveryone(s.notPrincipal);
  return false;
}

/** The account a principal value belongs to: a 12-digit ID or the account field of an IAM/STS ARN. */
export function principalAccount(value: string): string | null {
  if (/^\d{12}$/.test(value)) return value;
  const parts = value.split(':');
  if (parts.length >= 6 && parts[0] === 'arn' && (parts[2] === 'iam' || parts[2] === 'sts') && /^\d{12}$/.test(parts[4] ?? ''))
    return parts[4] ?? null;
  return null;
}
