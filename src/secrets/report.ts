import { SEVERITIES } from '../model/vocabulary.js';
import { terminalSafe } from '../report/terminal-safe.js';
import type { SecretFinding, SecretsScanResult } from './scan.js';
import { SECRET_RULES } from './detector.js';

/**
 * Reports of `bulwark secrets`. Findings hold masked previews only (src/secrets/scan-text.ts), and
 * the full access key ID, which the reports leave out too: the preview shows its first and last
 * four characters, enough to find it in the IAM console.
 */
export const SECRETS_FORMATS = ['console', 'json', 'sarif'] as const;
export type SecretsFormat = (typeof SECRETS_FORMATS)[number];

const publicFinding = ({ accessKeyId: _id, ...f }: SecretFinding) => f;

const bySeverity = (a: SecretFinding, b: SecretFinding) =>
  SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
  a.root.localeCompare(b.root) ||
  a.path.localeCompare(b.path) ||
  a.line - b.line ||
  (a.commit ?? '').localeCompare(b.commit ?? '');

function countBy<T>(items: T[], key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) out[key(i)] = (out[key(i)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

export function renderSecretsJson(r: SecretsScanResult): string {
  const findings = [...r.findings].sort(bySeverity);
  return `${JSON.stringify(
    {
      summary: {
        findings: findings.length,
        byRule: countBy(findings, (f) => f.rule),
        bySeverity: countBy(findings, (f) => f.severity),
        filesScanned: r.filesScanned,
        skipped: r.skipped,
      },
      findings: findings.map(publicFinding),
    },
    null,
    2,
  )}\n`;
}

const location = (f: SecretFinding) =>
  `${f.root.replace(/\/$/, '')}/${f.path}:${f.line}${f.commit ? ` @ ${f.commit.slice(0, 12)} (${f.authorDate ?? ''})` : ''}`;

export function renderSecretsConsole(r: SecretsScanResult): string {
  const findings = [...r.findings].sort(bySeverity);
  const lines = findings.map((f) => terminalSafe(`${f.severity.toUpperCase().padEnd(8)} ${f.rule}  ${location(f)}  ${f.preview}`));
  const skipped = Object.entries(r.skipped)
    .filter(([, n]) => n > 0)
    .map(([why, n]) => `${n} ${why}`);
  lines.push(
    '',
    `${findings.length} secret${findings.length === 1 ? '' : 's'} found in ${r.filesScanned} file${r.filesScanned === 1 ? '' : 's'} scanned` +
      (skipped.length ? `; skipped: ${skipped.join(', ')}` : ''),
  );
  return `${lines.join('\n')}\n`;
}

const SARIF_LEVEL = { critical: 'error', high: 'error', medium: 'warning', low: 'note', informational: 'note' } as const;

/** SARIF 2.1.0, the format code-scanning services import; one rule per Bulwark rule id. */
export function renderSecretsSarif(r: SecretsScanResult, toolVersion: string): string {
  const findings = [...r.findings].sort(bySeverity);
  const ruleIds = [...new Set(findings.map((f) => f.rule))].sort();
  const describe = (id: string) =>
    (SECRET_RULES as Record<string, string>)[id] ?? `secretlint rule ${id.replace(/^secretlint\//, '')} (secretlint-rule-preset-recommend)`;
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'bulwark-secrets',
            version: toolVersion,
            rules: ruleIds.map((id) => ({ id, shortDescription: { text: describe(id) } })),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.rule,
          level: SARIF_LEVEL[f.severity],
          message: { text: `${describe(f.rule)}: ${f.preview}${f.commit ? ` (commit ${f.commit}, ${f.authorDate ?? ''})` : ''}` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(f.path), uriBaseId: f.root },
                region: { startLine: f.line },
              },
            },
          ],
          properties: { severity: f.severity, ...(f.commit ? { commit: f.commit, authorDate: f.authorDate } : {}) },
        })),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

export function renderSecrets(r: SecretsScanResult, format: SecretsFormat, toolVersion: string): string {
  if (format === 'json') return renderSecretsJson(r);
  if (format === 'sarif') return renderSecretsSarif(r, toolVersion);
  return renderSecretsConsole(r);
}
