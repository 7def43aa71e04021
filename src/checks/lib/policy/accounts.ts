/**
 * Which accounts a grant to everyone is pinned to. `publicAccess` says whether a condition pins
 * the caller; this says to whom, for the pins that name accounts: aws:SourceAccount,
 * aws:SourceOwner, aws:PrincipalAccount (the account itself) and aws:SourceArn, aws:PrincipalArn
 * (the account field of a fixed ARN). Pins by organization, network or unique ID name no account:
 * the answer is then "unresolved", never "own account".
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
 */
import type { ConditionTest, Statement } from './document.js';
import { pinsCaller, type PolicyContext } from './condition.js';

const ACCOUNT_KEYS = new Set(['aws:sourceaccount', 'aws:sourceowner', 'aws:principalaccount']);
const ARN_KEYS = new Set(['aws:sourcearn', 'aws:principalarn']);

/** The accounts a pinning test admits, or null when it pins nothing or pins by something other than an account. */
export function pinnedAccounts(test: ConditionTest, ctx: PolicyContext = {}): string[] | null {
  if (!pinsCaller(test, ctx)) return null;
  let accounts: string[];
  if (ACCOUNT_KEYS.has(test.keyLower)) accounts = test.values;
  else if (ARN_KEYS.has(test.keyLower)) accounts = test.values.map((v) => v.split(':')[4] ?? '');
  else return null;
  // An S3 ARN has an empty account field; a wildcard there was already refused by pinsCaller.
  return accounts.every((a) => /^\d{12}$/.test(a)) ? [...new Set(accounts)].sort() : null;
}

export type PinnedCallers =
  /** Every caller the statement admits is in the owner account. */
  | { kind: 'own' }
  /** The statement admits callers of these other accounts. */
  | { kind: 'accounts'; accounts: string[] }
  /** Pinned, but by keys that name no account (organization, network, ...): which accounts is not known. */
  | { kind: 'unresolved'; keys: string[] };

/**
 * Who a statement granting to everyone admits, by its pinning conditions (ANDed, so the admitted
 * accounts are the intersection of what each account-naming test allows). Call it only for
 * statements `publicAccess` does not report: an unpinned one admits everyone.
 */
export function pinnedCallers(s: Statement, ownerAccountId: string, ctx: PolicyContext = {}): PinnedCallers {
  const sets = s.conditions.map((c) => pinnedAccounts(c, ctx)).filter((a): a is string[] => a !== null);
  if (sets.length === 0) {
    const keys = s.conditions.filter((c) => pinsCaller(c, ctx)).map((c) => c.key);
    return { kind: 'unresolved', keys: [...new Set(keys)] };
  }
  const [first, ...rest] = sets as [string[], ...string[][]];
  const admitted = first.filter((a) => rest.every((set) => set.includes(a)));
  const others = admitted.filter((a) => a !== ownerAccountId);
  return others.length === 0 ? { kind: 'own' } : { kind: 'accounts', accounts: others };
}
