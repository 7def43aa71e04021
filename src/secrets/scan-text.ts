import { createHash } from 'node:crypto';
import { lintSource } from '@secretlint/core';
import { creator as secretlintRecommended } from '@secretlint/secretlint-rule-preset-recommend';
import type { Severity } from '../model/vocabulary.js';
import { findSecretSpans } from './detector.js';
import { maskUrlPassword, maskValue } from './mask.js';

/**
 * One text (a file, or the lines a commit added to a file) reduced to masked matches.
 *
 * Two detectors run: Bulwark's own rules first (src/secrets/detector.ts: AWS keys, session tokens,
 * private keys with their protection, Google, Stripe, GitLab, JWT, password assignments), then
 * secretlint's recommended preset for the vendor tokens it maintains (GitHub, Slack, npm,
 * SendGrid, OpenAI, Shopify, database connection strings, basic auth in URLs ...). Where both match
 * the same span, Bulwark's rule wins (it knows AWS's example keys and a key's protection).
 *
 * The secret never leaves this module: a match carries its rule, line and a masked preview.
 */
export interface TextMatch {
  rule: string;
  severity: Severity;
  /** 1-based line where the match starts. */
  line: number;
  /** The value masked (src/secrets/mask.ts); never the secret. */
  preview: string;
  /**
   * A one-way fingerprint of the value, to deduplicate the same secret across commits. In memory
   * only: reports never print it (a short hash of a short password could be brute-forced).
   */
  fingerprint: string;
  /** The AWS access key ID itself, for `scan --secrets` to match against the account (an identifier, not a secret). */
  accessKeyId?: string;
}

/** Severity per rule: what an attacker gets from it. Unlisted secretlint rules are high. */
const SEVERITY: Record<string, Severity> = {
  'aws-access-key-id': 'high',
  'aws-secret-access-key': 'critical',
  'aws-session-token': 'high',
  'private-key': 'critical',
  'private-key-encrypted': 'low',
  'password-assignment': 'medium',
  jwt: 'medium',
  'google-api-key': 'high',
  'stripe-secret-key': 'critical',
  'gitlab-token': 'high',
};

/** secretlint's rule package name without its prefix, and its message id: `secretlint/github/GITHUB_TOKEN`. */
function secretlintRuleId(ruleId: string, messageId: string | undefined): string {
  const short = ruleId.replace(/^@secretlint\/secretlint-rule-/, '');
  return `secretlint/${short}${messageId ? `/${messageId}` : ''}`;
}

/** Programming languages: there an unquoted `password = x` assigns an expression, not a literal. */
const CODE_FILES = /\.(c|cc|cpp|cs|cts|dart|go|groovy|h|hpp|java|js|jsx|kt|kts|mjs|cjs|mts|php|py|rb|rs|scala|swift|ts|tsx|vue)$/i;

const LOCKFILES =
  /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|go\.sum|Cargo\.lock|composer\.lock|Gemfile\.lock|poetry\.lock|Pipfile\.lock|bun\.lock)$/;

/**
 * Not findings: anything containing EXAMPLE (AWS's documentation keys and the many copies of them),
 * and, in lockfiles, the integrity and checksum lines (sha512-..., h1:..., checksum = ...), whose
 * base64 digests look like tokens and protect nothing secret.
 */
function isDecoy(value: string, lineText: string, path: string): boolean {
  if (/EXAMPLE/i.test(value)) return true;
  if (LOCKFILES.test(path) && /(integrity|checksum|resolved|sha(1|256|384|512)-|\bh1:|\bgo\.mod\b)/i.test(lineText)) return true;
  return false;
}

function fingerprint(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export interface ScanTextOptions {
  /** The file's path as reported (used for its name: lockfiles, and secretlint's file-type rules). */
  path: string;
  /** Added to every line number (a hunk of added lines starts at line `lineOffset + 1`). */
  lineOffset?: number;
}

export async function scanText(text: string, options: ScanTextOptions): Promise<TextMatch[]> {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineIndexOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const lineTextAt = (offset: number) => {
    const i = lineIndexOf(offset);
    return text.slice(lineStarts[i] ?? 0, (lineStarts[i + 1] ?? text.length + 1) - 1);
  };

  type Span = { rule: string; start: number; end: number; value: { start: number; end: number } | null };
  const overlaps = (a: Span, taken: Span[]) => taken.some((t) => a.start < t.end && t.start < a.end);
  // Precedence: Bulwark's specific rules, then secretlint's vendor rules, then the generic
  // password assignment (a `token = ghp_...` is a GitHub token first, an assignment second).
  const own: Span[] = findSecretSpans(text, { code: CODE_FILES.test(options.path) }).map((s) => ({
    rule: s.rule,
    start: s.start,
    end: s.end,
    value: s.value ?? null,
  }));
  const spans = own.filter((s) => s.rule !== 'password-assignment');
  const result = await lintSource({
    source: { content: text, filePath: options.path, ext: extname(options.path), contentType: 'text' },
    options: {
      config: { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: secretlintRecommended }] },
      maskSecrets: true,
    },
  });
  for (const m of result.messages) {
    const [start, end] = m.range;
    const span = { rule: secretlintRuleId(m.ruleId, m.messageId), start, end, value: { start, end } };
    if (!overlaps(span, spans)) spans.push(span);
  }
  for (const s of own) if (s.rule === 'password-assignment' && !overlaps(s, spans)) spans.push(s);

  const out: TextMatch[] = [];
  for (const s of spans.sort((a, b) => a.start - b.start)) {
    const whole = text.slice(s.start, s.end);
    const value = s.value ? text.slice(s.value.start, s.value.end) : whole;
    if (isDecoy(whole, lineTextAt(s.start), options.path)) continue;
    // A private key shows only its kind: no character of the key material.
    const preview = s.value
      ? (maskUrlPassword(value) ?? maskValue(value, { identifier: s.rule === 'aws-access-key-id' }))
      : (/-----BEGIN ([A-Z0-9 ]+)-----/.exec(whole)?.[1] ?? 'PRIVATE KEY');
    out.push({
      rule: s.rule,
      severity: SEVERITY[s.rule] ?? 'high',
      line: lineIndexOf(s.start) + 1 + (options.lineOffset ?? 0),
      preview,
      fingerprint: fingerprint(value),
      ...(s.rule === 'aws-access-key-id' ? { accessKeyId: value } : {}),
    });
  }
  return out;
}

function extname(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot) : '';
}
