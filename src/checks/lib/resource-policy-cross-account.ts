/**
 * "Does this resource policy let anyone outside the owner account in?", asked of the one policy
 * engine (src/checks/lib/policy): public grants, named principals of other accounts, and grants
 * to everyone whose conditions pin the caller to other accounts. Service principals are not
 * accounts and are left out. A grant to everyone pinned by keys that name no account
 * (aws:PrincipalOrgID, aws:SourceVpce, ...) cannot be placed in or out of the account: it is
 * reported as unresolved, never as the owner's own.
 */
import {
  allowReachesEveryone,
  externalAccess,
  listSome,
  parsePolicy,
  pinnedCallers,
  publicAccess,
  statementLabel,
} from './policy/index.js';

export type CrossAccountVerdict =
  | { kind: 'no-policy' }
  | { kind: 'unreadable'; reason: string }
  /** `text` completes "<resource> policy ...": what lets other accounts in. */
  | { kind: 'external'; text: string }
  | { kind: 'unresolved'; text: string }
  | { kind: 'own' };

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export function judgeCrossAccount(document: unknown, ownerAccountId: string): CrossAccountVerdict {
  if (document === null || document === undefined) return { kind: 'no-policy' };
  const parsed = parsePolicy(document);
  if (!parsed.ok) return { kind: 'unreadable', reason: parsed.reason };
  const question = { actions: ['*'] };
  const open = publicAccess(parsed.policy, question).grants;
  const named = externalAccess(parsed.policy, ownerAccountId, question);
  const parts: string[] = [];
  if (open.length > 0) parts.push(`opens ${open.map((g) => g.label).join(', ')} to everyone`);
  if (named.accounts.length > 0)
    parts.push(`grants access to ${plural(named.accounts.length, 'account', 'accounts')} ${listSome(named.accounts)}`);
  if (named.principals.length > 0) parts.push(`grants access to principals outside the account (${listSome(named.principals)})`);
  const openIndexes = new Set(open.map((g) => g.statement.index));
  const unresolved: string[] = [];
  for (const s of parsed.policy.statements) {
    if (s.effect !== 'Allow' || !allowReachesEveryone(s) || openIndexes.has(s.index)) continue;
    const who = pinnedCallers(s, ownerAccountId);
    if (who.kind === 'accounts')
      parts.push(
        `${statementLabel(s)} admits ${plural(who.accounts.length, 'account', 'accounts')} ${listSome(who.accounts)} through its conditions`,
      );
    else if (who.kind === 'unresolved')
      unresolved.push(
        `${statementLabel(s)} ${who.keys.length > 0 ? `(pinned by ${who.keys.join(', ')})` : '(closed to everyone but a pinned caller by a Deny)'}`,
      );
  }
  if (parts.length > 0) return { kind: 'external', text: parts.join('; ') };
  if (unresolved.length > 0)
    return {
      kind: 'unresolved',
      text: `grants to everyone in ${unresolved.join(', ')}, under conditions that name no account`,
    };
  return { kind: 'own' };
}
