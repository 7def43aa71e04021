import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { LineCounter, isMap, isScalar, parseDocument, type Document, type Node } from 'yaml';
import { UsageError } from '../errors.js';
import { anyOf, type Matcher } from './glob.js';

/** A mutelist file that cannot be used: bad input, exit code 2, raised before any AWS call. */
export class MutelistError extends UsageError {
  override name = 'MutelistError';
}

const RULE_KEYS = ['account', 'check', 'region', 'resource', 'tags', 'reason', 'expires'] as const;
const MATCH_KEYS = ['account', 'check', 'region', 'resource', 'tags'] as const;

const required = (what: string) => (iss: { input?: unknown }) => (iss.input === undefined ? 'is required' : `must be ${what}`);
const pattern = z.string({ error: required('text') }).min(1, { error: 'must not be empty' });
const patterns = z.union([pattern, z.array(pattern).min(1, { error: 'must list at least one pattern' })], {
  error: 'must be a pattern or a list of patterns',
});
const ACCOUNT = /^(\d{12}|\*)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

const RuleSchema = z.strictObject(
  {
    account: z
      .union([pattern, z.array(pattern).min(1)], { error: 'must be an account id or a list of them' })
      .refine((v) => (Array.isArray(v) ? v : [v]).every((a) => ACCOUNT.test(a)), {
        error: 'must be a 12-digit account id or "*"',
      })
      .optional(),
    check: patterns.optional(),
    region: patterns.optional(),
    resource: patterns.optional(),
    // A YAML `env: 1` is a number: tag values are text in AWS, so scalars are read as their text.
    tags: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean()], { error: 'values must be text' }).transform(String), {
        error: 'must be a map of tag key: value',
      })
      .refine((t) => Object.keys(t).length > 0, { error: 'must name at least one tag' })
      .optional(),
    reason: z.string({ error: required('text') }).refine((s) => s.trim() !== '', { error: 'must not be empty' }),
    expires: z
      .string({ error: required('an ISO date such as 2026-12-31 (quote it)') })
      .refine(isCalendarDate, { error: 'must be a real ISO date such as 2026-12-31' })
      .optional(),
  },
  { error: 'must be a map of rule keys' },
);
type RawRule = z.infer<typeof RuleSchema>;

const FileSchema = z.strictObject(
  { rules: z.array(RuleSchema, { error: required('a list of rules') }) },
  { error: 'must be a map with a "rules" list' },
);

/** One rule, compiled. `number` counts from 1 in file order; `line` is where it starts. */
export interface MutelistRule {
  number: number;
  line: number;
  /** "mutelist.yaml rule 3 (line 12)": how findings and warnings name it. */
  label: string;
  reason: string;
  expires?: string;
  /** The rule's original patterns, for reports. */
  source: Omit<RawRule, 'reason' | 'expires'>;
  account: Matcher;
  check: Matcher;
  region: Matcher;
  resource: Matcher;
  tags?: Readonly<Record<string, string>>;
}

export interface Mutelist {
  file: string;
  rules: MutelistRule[];
}

const list = (v: string | string[] | undefined): string[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);
const ANY: Matcher = () => true;

/** Where a zod issue path points in the YAML: the deepest node that exists (a missing key → its map). */
function lineOf(doc: Document, lc: LineCounter, path: readonly PropertyKey[], unknownKey?: string): number {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as unknown[], true) as Node | undefined;
    if (!node?.range) continue;
    if (unknownKey && n === path.length && isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === unknownKey);
      const keyNode = pair?.key as Node | undefined;
      if (keyNode?.range) return lc.linePos(keyNode.range[0]).line;
    }
    return lc.linePos(node.range[0]).line;
  }
  return 1;
}

function describeIssue(issue: z.core.$ZodIssue): { where: string; message: string; unknownKey?: string } {
  const [top, index, key, ...rest] = issue.path;
  const rule = top === 'rules' && typeof index === 'number' ? `rule ${index + 1}: ` : '';
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys;
    const known = issue.path.length === 0 ? '"rules"' : RULE_KEYS.map((k) => `"${k}"`).join(', ');
    return {
      where: rule,
      message: `unknown key ${keys.map((k) => JSON.stringify(k)).join(', ')} (known: ${known})`,
      ...(keys[0] ? { unknownKey: keys[0] } : {}),
    };
  }
  const field = key === undefined ? (top === undefined ? 'the file' : rule ? 'the rule' : `"${String(top)}"`) : `"${String(key)}"`;
  const sub = rest.length ? ` (${rest.map(String).join('.')})` : '';
  return { where: rule, message: `${field}${sub} ${issue.message}` };
}

/** Parses and validates a mutelist; every error names the file and line. */
export function parseMutelist(text: string, file: string): Mutelist {
  const lc = new LineCounter();
  // The failsafe schema reads every scalar as text: an account id 012345678901 keeps its leading
  // zero and a date stays a date string, with no quoting rules for the user to learn.
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lc, uniqueKeys: true, schema: 'failsafe' });
  const fail = (line: number, message: string): never => {
    throw new MutelistError(`${file}:${line}: ${message}`);
  };
  const syntax = doc.errors[0];
  if (syntax) {
    const line = syntax.linePos?.[0]?.line ?? 1;
    fail(line, `not valid YAML: ${(syntax.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`);
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    fail(1, `cannot be read: ${(e as Error).message.split('\n')[0]}`);
  }
  if (raw === null || raw === undefined) fail(1, 'the file is empty: expected a "rules:" list (see docs/mutelist.md)');
  const parsed = FileSchema.safeParse(raw);
  if (!parsed.success) {
    // A misspelt key explains the errors it causes ("rule:" makes "rules" missing): report it first.
    const issues = parsed.error.issues;
    const issue = (issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0]) as z.core.$ZodIssue;
    const { where, message, unknownKey } = describeIssue(issue);
    fail(lineOf(doc, lc, issue.path, unknownKey), `${where}${message}`);
  }
  const rules = (parsed.data as z.infer<typeof FileSchema>).rules.map((r, i): MutelistRule => {
    const line = lineOf(doc, lc, ['rules', i]);
    const where = `rule ${i + 1}: `;
    if (!MATCH_KEYS.some((k) => r[k] !== undefined))
      fail(
        line,
        `${where}names nothing to match: give at least one of ${MATCH_KEYS.map((k) => `"${k}"`).join(', ')} (write check: "*" to mute every check)`,
      );
    const compile = (key: 'account' | 'check' | 'region' | 'resource'): Matcher => {
      const ps = list(r[key]);
      if (!ps) return ANY;
      try {
        return anyOf(ps, { allowRegex: key === 'resource' });
      } catch (e) {
        return fail(lineOf(doc, lc, ['rules', i, key]), `${where}"${key}" ${(e as Error).message}`);
      }
    };
    const { reason, expires, ...source } = r;
    return {
      number: i + 1,
      line,
      label: `${file} rule ${i + 1} (line ${line})`,
      reason: reason.trim(),
      ...(expires ? { expires } : {}),
      source,
      account: compile('account'),
      check: compile('check'),
      region: compile('region'),
      resource: compile('resource'),
      ...(r.tags ? { tags: r.tags } : {}),
    };
  });
  return { file, rules };
}

export async function loadMutelist(path: string): Promise<Mutelist> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new MutelistError(`Cannot read mutelist ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`);
  }
  return parseMutelist(text, path);
}
