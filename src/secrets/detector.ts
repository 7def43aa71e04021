/**
 * A small secrets detector: finds credentials in text (EC2 user data, CloudFormation outputs and
 * parameters, and the source-tree scanner `bulwark secrets`, which adds secretlint's vendor rules on
 * top: src/secrets/scan-text.ts) and reports WHERE and WHICH RULE, never the value.
 *
 * It is pure (no I/O, no SDK, no imports) so that any producer can reduce text to findings before
 * the text goes anywhere else: the inventory must never hold a secret, only the finding. Every
 * `hint` is built from the match's name, kind and length, never from its characters (except the
 * first four and last four characters of an AWS access key ID, which is an identifier, not a
 * credential, and which the AWS console itself shows in part).
 *
 * The rules are deliberately few and precise; each documents what it matches and what it does not.
 * AWS's documentation example keys (AKIAIOSFODNN7EXAMPLE, wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY)
 * are not findings: they appear in countless scripts copied from the docs and grant nothing.
 */

/** The rule ids, stable: reports and tests name them. */
export const SECRET_RULES = {
  'aws-access-key-id': 'An AWS access key ID (AKIA long-term, ASIA temporary) in the text',
  'aws-secret-access-key': 'A 40-character AWS secret access key assigned to a name that says so (aws_secret_access_key=...)',
  'private-key': 'A PEM or OpenSSH private key header (-----BEGIN ... PRIVATE KEY-----)',
  'password-assignment': 'A literal value assigned to a name containing password, passwd, pwd, secret, token or api key',
  'secret-named-value': 'A value held under a name that says it is a secret (a parameter or output called DbPassword, ApiToken ...)',
  'high-entropy-token': 'A long random-looking token (mixed case and digits, high Shannon entropy); opt-in, it is noisier',
  'private-key-encrypted': 'A passphrase-protected private key (PEM ENCRYPTED, Proc-Type 4,ENCRYPTED, or OpenSSH with a cipher)',
  'aws-session-token': 'An AWS session token (STS temporary credentials) assigned to a name that says so, or with its fixed prefix',
  'google-api-key': 'A Google API key (AIza followed by 35 characters)',
  'stripe-secret-key': 'A Stripe live secret or restricted key (sk_live_, rk_live_)',
  'gitlab-token': 'A GitLab personal, project or group access token (glpat-)',
  jwt: 'A JSON Web Token (three base64url parts, the first two JSON objects)',
} as const;
export type SecretRuleId = keyof typeof SECRET_RULES;

export interface SecretMatch {
  rule: SecretRuleId;
  /** 1-based line of the text where the match starts. */
  line: number;
  /** What matched, masked: a name, a kind and a length, never the secret's characters. */
  hint: string;
}

export interface FindSecretsOptions {
  /** Also report high-entropy tokens (default false: user data holds hashes and encoded blobs). */
  highEntropy?: boolean;
  /** At most this many matches (default 20): enough to act on, small enough for an inventory. */
  limit?: number;
}

/** AWS's documentation examples: https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html */
const EXAMPLE_VALUES = new Set(['AKIAIOSFODNN7EXAMPLE', 'ASIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY']);
const isExample = (v: string) => EXAMPLE_VALUES.has(v) || /EXAMPLE(KEY)?$/.test(v);

/** Names that say "this holds a secret". `pwd` and `pass` only as whole words (DB_PWD), not inside "cwd" or "bypass". */
const SECRET_NAME =
  /(password|passwd|passphrase|(^|[_\-.])(pwd|pass)($|[_\-.])|secret|token|api[_\-.]?key|private[_\-.]?key|credential|auth[_\-.]?key)/i;

/** Whether a parameter, output or variable name says it holds a secret. */
export function looksLikeSecretName(name: string): boolean {
  // camelCase and PascalCase names (DbPassword, ApiToken) are split into words first.
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2');
  return SECRET_NAME.test(words) && !/(policy|arn|name|id|length|rotation|expir|url|type|enabled)$/i.test(name);
}

/**
 * Values that are references or placeholders, not secrets: `$VAR`, `${VAR}`, `{{resolve:...}}`
 * (CloudFormation dynamic references), `<password>`, `****` (NoEcho masking), `%s`, and
 * well-known placeholder words.
 */
export function isPlaceholder(value: string): boolean {
  const v = value.trim().replace(/^["']|["']$/g, '');
  if (v.length === 0) return true;
  if (/^[$%<{[(]/.test(v) || /^\*+$/.test(v) || /^x+$/i.test(v)) return true;
  if (/^(true|false|null|none|undefined|changeme|password|secret|example|redacted|required|optional)$/i.test(v)) return true;
  // A command substitution or a lookup of the real value is not the value.
  return /^`|aws (ssm|secretsmanager) /i.test(v);
}

/** Shannon entropy in bits per character. */
export function shannonEntropy(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

const chars = (n: number) => `${n} character${n === 1 ? '' : 's'}`;

interface Candidate {
  rule: SecretRuleId;
  start: number;
  end: number;
  hint: string;
  /** Where the secret itself is (for a masked preview); absent when no character of it may be shown (a private key). */
  value?: { start: number; end: number };
}

type Rule = (text: string) => Candidate[];

/** The span of capture group `group` (its last occurrence in the match, which is where values sit). */
function valueSpan(m: RegExpExecArray, group: number): { start: number; end: number } {
  const v = m[group] ?? '';
  const start = m.index + m[0].lastIndexOf(v);
  return { start, end: start + v.length };
}

function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  for (let m = g.exec(text); m; m = g.exec(text)) {
    yield m;
    if (m[0].length === 0) g.lastIndex++;
  }
}

/**
 * Key IDs are 20 characters: a four-letter prefix saying what they are and 16 of [A-Z2-7]
 * (https://docs.aws.amazon.com/STS/latest/APIReference/API_GetAccessKeyInfo.html). AKIA: IAM user
 * long-term key; ASIA: temporary (STS) key. Word boundaries keep it out of longer tokens.
 */
const accessKeyId: Rule = (text) =>
  [...matches(/(?<![A-Za-z0-9])((?:AKIA|ASIA)[A-Z2-7]{16})(?![A-Za-z0-9])/, text)]
    .filter((m) => !isExample(m[1] ?? ''))
    .map((m) => {
      const id = m[1] ?? '';
      return {
        rule: 'aws-access-key-id' as const,
        start: m.index,
        end: m.index + m[0].length,
        value: { start: m.index, end: m.index + m[0].length },
        hint: `${id.slice(0, 4)}…${id.slice(-4)} (${id.startsWith('ASIA') ? 'temporary' : 'long-term'} access key ID)`,
      };
    });

/**
 * A secret access key is 40 base64 characters; alone it looks like any token, so it is reported
 * only when assigned to a name that says what it is (aws_secret_access_key, SecretAccessKey,
 * AWS_SECRET_KEY), as shell, INI, YAML or JSON.
 */
const secretAccessKey: Rule = (text) =>
  [...matches(/((?:aws)?[_\-.]?secret[_\-.]?(?:access)?[_\-.]?key)["']?\s*(?:=|:|\s)\s*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/i, text)]
    .filter((m) => !isExample(m[2] ?? ''))
    .map((m) => ({
      rule: 'aws-secret-access-key' as const,
      start: m.index,
      end: m.index + m[0].length,
      value: valueSpan(m, 2),
      hint: `${m[1] ?? ''}=<redacted, ${chars((m[2] ?? '').length)}>`,
    }));

/** PEM (PKCS#1, PKCS#8, SEC1, encrypted), OpenSSH and PGP private key headers. */
const privateKey: Rule = (text) =>
  [...matches(/-----BEGIN ((?:RSA |DSA |EC |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----/, text)].map((m) => ({
    rule: 'private-key' as const,
    start: m.index,
    end: m.index + m[0].length,
    hint: `${m[1] ?? 'PRIVATE KEY'} block`,
  }));

/**
 * `NAME=value`, `NAME: value`, `"NAME": "value"` and `--NAME value` / `--NAME=value` where NAME
 * says it is a secret and the value is a literal of at least 6 characters (not a reference or a
 * placeholder). Prose ("the token expires") is not an assignment: without `=` or `:` only a
 * command-line flag counts.
 */
const ASSIGNMENT = /(?:^|[\s"'{,;(])([A-Za-z][A-Za-z0-9_.-]{0,63})["']?[ \t]*[=:][ \t]*(["']?)([^\s"'`;&|,}]{6,})\2/m;
const FLAG = /(?:^|\s)--([A-Za-z][A-Za-z0-9_.-]{0,63})(?:=|[ \t]+)(["']?)([^\s"'`;&|,}]{6,})\2/m;
const passwordAssignment: Rule = (text) =>
  [...matches(ASSIGNMENT, text), ...matches(FLAG, text)]
    .filter((m) => looksLikeSecretName(m[1] ?? '') && !isPlaceholder(m[3] ?? '') && !isExample(m[3] ?? ''))
    .map((m) => ({
      rule: 'password-assignment' as const,
      start: m.index,
      end: m.index + m[0].length,
      value: valueSpan(m, 3),
      hint: `${m[1] ?? ''}=<redacted, ${chars((m[3] ?? '').length)}>`,
    }));

/**
 * A run of 24 to 200 token characters between separators (`-`, `/`, `.`, `:`, spaces, quotes)
 * with upper case, lower case and digits and at least 4.2 bits of entropy per character: random
 * API tokens, not words, paths, hex digests (at most 4 bits), UUIDs or CloudFormation's generated
 * names (stack-Logical-1A2B3C4D5E6F, whose random part is 12 or 13 characters).
 */
const highEntropy: Rule = (text) =>
  [...matches(/(?<![A-Za-z0-9+_=])([A-Za-z0-9+_]{24,200}={0,2})(?![A-Za-z0-9+_=])/, text)]
    .filter((m) => {
      const t = m[1] ?? '';
      return /[a-z]/.test(t) && /[A-Z]/.test(t) && /[0-9]/.test(t) && shannonEntropy(t) >= 4.2 && !isExample(t);
    })
    .map((m) => ({
      rule: 'high-entropy-token' as const,
      start: m.index,
      end: m.index + m[0].length,
      value: valueSpan(m, 1),
      hint: `<random-looking token, ${chars((m[1] ?? '').length)}>`,
    }));

/** Most specific first: a span one rule matched is not reported again by a later, vaguer rule. */
const RULES: Rule[] = [privateKey, secretAccessKey, accessKeyId, passwordAssignment];

/**
 * A private key block with what protects it: `-----BEGIN ... PRIVATE KEY-----` to its END line (or
 * the header alone when the block is cut). Encrypted when the header says ENCRYPTED (PKCS#8), a
 * PEM header says `Proc-Type: 4,ENCRYPTED` (traditional OpenSSL), or an OpenSSH key names a cipher
 * other than `none` (the openssh-key-v1 format: magic, then the cipher name as a length-prefixed
 * string). A PGP block's protection is not parsed, so it counts as unprotected: never a false pass.
 */
const privateKeyBlock: Rule = (text) =>
  [...matches(/-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY( BLOCK)?-----/, text)].map((m) => {
    const kind = `${m[1] ?? ''}PRIVATE KEY${m[2] ?? ''}`;
    const footer = `-----END ${kind}-----`;
    const footerAt = text.indexOf(footer, m.index);
    const end = footerAt < 0 ? m.index + m[0].length : footerAt + footer.length;
    const body = text.slice(m.index + m[0].length, footerAt < 0 ? end : footerAt);
    const encrypted = privateKeyIsEncrypted(kind, body);
    return {
      rule: encrypted ? ('private-key-encrypted' as const) : ('private-key' as const),
      start: m.index,
      end,
      hint: `${kind} block${encrypted ? ', passphrase-protected' : ''}`,
    };
  });

function privateKeyIsEncrypted(kind: string, body: string): boolean {
  if (kind.startsWith('ENCRYPTED ') || /Proc-Type:\s*4,ENCRYPTED/.test(body)) return true;
  if (kind !== 'OPENSSH PRIVATE KEY') return false;
  const raw = Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
  const magic = 'openssh-key-v1\0';
  if (raw.length < magic.length + 4 || raw.toString('latin1', 0, magic.length) !== magic) return false;
  const len = raw.readUInt32BE(magic.length);
  const cipher = raw.toString('latin1', magic.length + 4, magic.length + 4 + len);
  return cipher !== 'none' && cipher.length > 0;
}

/** A token matched by its own, documented shape: the whole match is the secret. */
function shaped(rule: SecretRuleId, re: RegExp, label: string): Rule {
  return (text) =>
    [...matches(re, text)]
      .filter((m) => !isExample(m[0]))
      .map((m) => ({
        rule,
        start: m.index,
        end: m.index + m[0].length,
        hint: `<${label}, ${chars(m[0].length)}>`,
        value: { start: m.index, end: m.index + m[0].length },
      }));
}

/**
 * STS session tokens are long base64 strings; their first bytes are fixed per token version
 * (FwoGZXIvYXdz..., IQoJb3JpZ2lu...), which is precise enough alone. Otherwise only a value of
 * 100+ characters assigned to aws_session_token / SessionToken / aws_security_token counts.
 */
const sessionTokenAssigned: Rule = (text) =>
  [...matches(/((?:aws)?[_\-.]?(?:session|security)[_\-.]?token)["']?\s*[=:]\s*["']?([A-Za-z0-9/+=]{100,})/i, text)]
    .filter((m) => !isExample(m[2] ?? ''))
    .map((m) => ({
      rule: 'aws-session-token' as const,
      start: m.index,
      end: m.index + m[0].length,
      hint: `${m[1] ?? ''}=<redacted, ${chars((m[2] ?? '').length)}>`,
      value: valueSpan(m, 2),
    }));

/**
 * In source code `password: string` or `password = getPassword()` is code, not a secret: an
 * assignment counts there only when the value is a literal that looks random (at least 8
 * characters and 3 bits of entropy per character) and, unquoted, is not an identifier or a call.
 */
const passwordAssignmentIn =
  (code: boolean): Rule =>
  (text) =>
    passwordAssignment(text).filter((c) => {
      const v = c.value ? text.slice(c.value.start, c.value.end) : '';
      const quoted = /["']/.test(text.slice(c.value ? c.value.start - 1 : 0, c.value?.start ?? 0));
      if (v.length < 8 || shannonEntropy(v) < 3) return false;
      // A path (a credentials *file*) or a template is not the secret.
      if (/^(\/|\.\.?\/|~\/|file:)/.test(v) || /\$\{|\{\{/.test(v)) return false;
      // A date (passwordLastUsed: 2026-...) or a snake_case name (a column or field called password_enabled).
      if (/^\d{4}-\d{2}-\d{2}/.test(v) || /^[a-z]+(_[a-z0-9]+)+$/.test(v)) return false;
      // In a programming language an unquoted value is an expression (`key.Secret!`, `getPassword()`).
      if (!quoted && (code || /[()[\]]/.test(v))) return false;
      return quoted || !/^[A-Za-z_$][\w$]*(\.[\w$]+)*$/.test(v);
    });

/**
 * The rules for source trees, most specific first. Vendor tokens that secretlint's recommended
 * preset already knows (GitHub, Slack, npm, SendGrid, database URLs, basic auth ...) are not here:
 * src/secrets/scan-text.ts runs that preset after these.
 */
const sourceRules = (code: boolean): Rule[] => [
  privateKeyBlock,
  sessionTokenAssigned,
  shaped('aws-session-token', /(?<![A-Za-z0-9+/])(?:FwoGZXIvYXdz|IQoJb3JpZ2lu)[A-Za-z0-9/+=]{80,}/, 'AWS session token'),
  secretAccessKey,
  accessKeyId,
  shaped('google-api-key', /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/, 'Google API key'),
  shaped('stripe-secret-key', /(?<![A-Za-z0-9_])(?:sk|rk)_live_[0-9A-Za-z]{24,}/, 'Stripe live key'),
  shaped('gitlab-token', /(?<![A-Za-z0-9_-])glpat-[0-9A-Za-z_-]{20,}/, 'GitLab access token'),
  shaped('jwt', /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}/, 'JSON Web Token'),
  passwordAssignmentIn(code),
];

/** A match with its span, for scanners that mask the value themselves (never stored as such). */
export interface SecretSpan {
  rule: SecretRuleId;
  start: number;
  end: number;
  value?: { start: number; end: number };
}

/**
 * Every source-tree rule's matches in `text`, overlaps resolved in favour of the more specific rule.
 * `code`: the text is a program (TypeScript, Python, Go ...), where only quoted values are literals.
 */
export function findSecretSpans(text: string, options: { code?: boolean } = {}): SecretSpan[] {
  const taken: Candidate[] = [];
  for (const rule of sourceRules(options.code ?? false))
    for (const c of rule(text)) if (!taken.some((t) => c.start < t.end && t.start < c.end)) taken.push(c);
  return taken
    .sort((a, b) => a.start - b.start)
    .map(({ rule, start, end, value }) => (value ? { rule, start, end, value } : { rule, start, end }));
}

/** The secrets in `text`, in order of position; never any part of their values beyond `hint`. */
export function findSecrets(text: string, options: FindSecretsOptions = {}): SecretMatch[] {
  const rules = options.highEntropy ? [...RULES, highEntropy] : RULES;
  const taken: Candidate[] = [];
  for (const rule of rules) for (const c of rule(text)) if (!taken.some((t) => c.start < t.end && t.start < c.end)) taken.push(c);
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  return taken
    .sort((a, b) => a.start - b.start)
    .slice(0, options.limit ?? 20)
    .map((c) => ({ rule: c.rule, line: lineOf(c.start + (/^\s/.test(text.slice(c.start, c.start + 1)) ? 1 : 0)), hint: c.hint }));
}

/**
 * A named value (a CloudFormation parameter or output, an environment variable): the rules on the
 * value, plus `secret-named-value` when the name says secret and the value is a literal rather than
 * a reference, a placeholder or NoEcho's `****`. High-entropy tokens are looked for here, where
 * values are short and a random token is rarely innocent.
 */
export function findSecretsInNamedValue(name: string, value: string): SecretMatch[] {
  const found = findSecrets(value, { highEntropy: true });
  if (found.length > 0) return found;
  if (looksLikeSecretName(name) && !isPlaceholder(value) && value.trim().length >= 4)
    return [{ rule: 'secret-named-value', line: 1, hint: `${name}=<redacted, ${chars(value.length)}>` }];
  return [];
}
