import type { SourceSecretsInput } from '../evaluate/source-secrets.js';
import { DEFAULT_MAX_BYTES, scanSecrets, type SecretFinding } from '../secrets/scan.js';

const locationOf = (f: SecretFinding) => `${f.root.replace(/\/$/, '')}/${f.path}:${f.line}${f.commit ? ` @ ${f.commit.slice(0, 12)}` : ''}`;

/**
 * `scan --secrets PATH`: the source-tree scan reduced to what the account is judged against (key
 * IDs and private keys, with places). Run before collection, so a wrong path fails before any AWS call.
 */
export async function sourceSecretsInput(paths: string[], options: { gitHistory: boolean }): Promise<SourceSecretsInput> {
  const result = await scanSecrets(paths, { gitHistory: options.gitHistory, includeIgnored: false, maxBytes: DEFAULT_MAX_BYTES });
  const keys = new Map<string, string[]>();
  for (const f of result.findings) if (f.accessKeyId) keys.set(f.accessKeyId, [...(keys.get(f.accessKeyId) ?? []), locationOf(f)]);
  return {
    accessKeys: [...keys].sort(([a], [b]) => a.localeCompare(b)).map(([accessKeyId, locations]) => ({ accessKeyId, locations })),
    privateKeys: result.findings
      .filter((f) => f.rule === 'private-key' || f.rule === 'private-key-encrypted')
      .map((f) => ({ location: locationOf(f), encrypted: f.rule === 'private-key-encrypted' })),
  };
}
