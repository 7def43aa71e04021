import type { SecretMatch } from '../../model/secret-match.js';

/**
 * The matches of a secrets scan as one clause for a reason: "output DeployKey (aws-access-key-id:
 * AKIA…OPLK (long-term access key ID)); ...". Hints are already masked by the collector; at most
 * five matches are named, then a count.
 */
export function describeSecretMatches(matches: readonly SecretMatch[]): string {
  const named = matches.slice(0, 5).map((m) => `${m.location} (${m.rule}: ${m.hint})`);
  const more = matches.length > 5 ? `; and ${matches.length - 5} more` : '';
  return `${named.join('; ')}${more}`;
}
