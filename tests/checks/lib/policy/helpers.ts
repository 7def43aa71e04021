import { parsePolicy, type Policy } from '../../../../src/checks/lib/policy/index.js';

/** A parsed policy, or a thrown error naming why it did not parse. */
export function policyOf(doc: unknown): Policy {
  const p = parsePolicy(doc);
  if (!p.ok) throw new Error(p.reason);
  return p.policy;
}
