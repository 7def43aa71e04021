/**
 * "Does this resource policy allow public access?" for the services whose Security Hub control
 * follows AWS Config's rule of that name (sns-topic-no-public-access, sqs-queue-no-public-access:
 * non-public means every grant to everyone is pinned to fixed values), asked of the one policy
 * engine (src/checks/lib/policy) for every action of the policy.
 * https://docs.aws.amazon.com/config/latest/developerguide/sns-topic-no-public-access.html
 */
import { parsePolicy, publicAccess, type Statement } from './policy/index.js';

export type PublicPolicyVerdict =
  { kind: 'no-policy' } | { kind: 'unreadable'; reason: string } | { kind: 'public'; text: string } | { kind: 'not-public'; text: string };

const actionsOf = (s: Statement): string => (s.notAction ? `every action except ${s.notAction.join(', ')}` : (s.action ?? []).join(', '));

/**
 * The verdict on one policy document (null: the resource has no policy). `text` completes a
 * sentence starting with "<resource> policy ...", without the final period.
 */
export function judgePublicPolicy(document: unknown): PublicPolicyVerdict {
  if (document === null || document === undefined) return { kind: 'no-policy' };
  const parsed = parsePolicy(document);
  if (!parsed.ok) return { kind: 'unreadable', reason: parsed.reason };
  const { grants, closedByDeny } = publicAccess(parsed.policy, { actions: ['*'] });
  if (grants.length > 0) {
    const parts = grants.map((g) =>
      g.statement.conditions.length === 0
        ? `${g.label} allows ${actionsOf(g.statement)} to everyone`
        : `${g.label} allows ${actionsOf(g.statement)} to everyone under conditions that do not pin the caller to fixed values`,
    );
    return { kind: 'public', text: parts.join('; ') };
  }
  if (closedByDeny.length > 0)
    return {
      kind: 'not-public',
      text: `allows no public access: ${closedByDeny.map((c) => `${c.by} denies every caller but a pinned one what ${c.label} allows`).join('; ')}`,
    };
  return { kind: 'not-public', text: 'allows no public access (every grant names fixed principals or pins the caller)' };
}
