/**
 * Parsing any IAM identity or resource policy into one normalised shape, following the grammar
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html): a document
 * given as JSON text, URL-encoded JSON text (IAM returns documents URL-encoded) or an object;
 * `Statement` one object or a list; every string-or-list element normalised to a list.
 *
 * A document that does not fit the grammar is an explicit failure, never "grants nothing": a
 * check that cannot read a policy says UNKNOWN. The text stays data: it is only ever compared.
 */

export type PrincipalKind = 'AWS' | 'Service' | 'Federated' | 'CanonicalUser';
export const PRINCIPAL_KINDS: readonly PrincipalKind[] = ['AWS', 'Service', 'Federated', 'CanonicalUser'];

/** A Principal or NotPrincipal element. */
export interface Principals {
  /** `"Principal": "*"`: everyone, anonymous included. */
  everyone: boolean;
  /** Named principals by kind, e.g. { kind: 'AWS', value: '*' } for `{"AWS": "*"}`. */
  entries: { kind: PrincipalKind; value: string }[];
}

/** One key test of a Condition block, e.g. StringEquals aws:SourceVpce ["vpce-1"]. */
export interface ConditionTest {
  /** As written, e.g. `ForAnyValue:StringLike`; operators are case-sensitive in IAM. */
  operator: string;
  /** As written; condition key names are case-insensitive in IAM, compare with `keyLower`. */
  key: string;
  keyLower: string;
  /** Values as strings (IAM accepts booleans and numbers too: `false` and `"false"` are one value). */
  values: string[];
}

export interface Statement {
  /** 0-based position in the Statement list. */
  index: number;
  sid: string | null;
  effect: 'Allow' | 'Deny';
  /** Action values, or null when the statement uses NotAction. */
  action: string[] | null;
  notAction: string[] | null;
  /** Resource values, or null when the statement uses NotResource or neither (trust policies). */
  resource: string[] | null;
  notResource: string[] | null;
  /** null in identity policies, which have neither Principal nor NotPrincipal. */
  principal: Principals | null;
  notPrincipal: Principals | null;
  conditions: ConditionTest[];
}

export interface Policy {
  statements: Statement[];
}

export type ParsedPolicy = { ok: true; policy: Policy } | { ok: false; reason: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

class Malformed extends Error {}

/** A string-or-list element as a list of strings; null when absent; Malformed on anything else. */
function strings(v: unknown, key: string): string[] | null {
  if (v === undefined) return null;
  if (typeof v === 'string') return [v];
  if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string')) return v;
  throw new Malformed(`${key} is neither a string nor a non-empty list of strings`);
}

function principals(v: unknown, key: string): Principals | null {
  if (v === undefined) return null;
  if (v === '*') return { everyone: true, entries: [] };
  if (!isObject(v)) throw new Malformed(`${key} is neither "*" nor an object`);
  const entries: Principals['entries'] = [];
  for (const [kind, values] of Object.entries(v)) {
    // Principal kinds are case-sensitive in IAM; an unknown kind is not something we can judge.
    if (!PRINCIPAL_KINDS.includes(kind as PrincipalKind))
      throw new Malformed(`${key} has an unknown principal type ${JSON.stringify(kind)}`);
    for (const value of strings(values, `${key}.${kind}`) ?? []) entries.push({ kind: kind as PrincipalKind, value: value.trim() });
  }
  if (entries.length === 0) throw new Malformed(`${key} names no principal`);
  return { everyone: false, entries };
}

function conditionValue(v: unknown, where: string): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean' || typeof v === 'number') return String(v);
  throw new Malformed(`${where} has a value that is not a string, number or boolean`);
}

function conditions(v: unknown): ConditionTest[] {
  if (v === undefined) return [];
  if (!isObject(v)) throw new Malformed('Condition is not an object');
  const out: ConditionTest[] = [];
  for (const [operator, block] of Object.entries(v)) {
    if (!isObject(block)) throw new Malformed(`Condition ${operator} is not an object`);
    for (const [key, raw] of Object.entries(block)) {
      const where = `Condition ${operator} ${key}`;
      const list = Array.isArray(raw) ? raw : [raw];
      out.push({ operator, key, keyLower: key.toLowerCase(), values: list.map((x) => conditionValue(x, where)) });
    }
  }
  return out;
}

function statement(s: unknown, index: number): Statement {
  if (!isObject(s)) throw new Malformed(`statement #${index + 1} is not an object`);
  const effect = s['Effect'];
  if (effect !== 'Allow' && effect !== 'Deny') throw new Malformed(`statement #${index + 1} has Effect ${JSON.stringify(effect)}`);
  const pair = <T>(a: string, b: string, read: (v: unknown, k: string) => T | null): [T | null, T | null] => {
    const x = read(s[a], a);
    const y = read(s[b], b);
    if (x !== null && y !== null) throw new Malformed(`statement #${index + 1} has both ${a} and ${b}`);
    return [x, y];
  };
  const [action, notAction] = pair('Action', 'NotAction', strings);
  if (action === null && notAction === null) throw new Malformed(`statement #${index + 1} has neither Action nor NotAction`);
  const [resource, notResource] = pair('Resource', 'NotResource', strings);
  const [principal, notPrincipal] = pair('Principal', 'NotPrincipal', principals);
  const sid = s['Sid'];
  return {
    index,
    sid: typeof sid === 'string' && sid !== '' ? sid : null,
    effect,
    action: action?.map((a) => a.trim()) ?? null,
    notAction: notAction?.map((a) => a.trim()) ?? null,
    resource: resource?.map((r) => r.trim()) ?? null,
    notResource: notResource?.map((r) => r.trim()) ?? null,
    principal,
    notPrincipal,
    conditions: conditions(s['Condition']),
  };
}

/** JSON text, or URL-encoded JSON text as IAM returns it; undefined when it is neither. */
function decodeText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Not JSON as is: IAM's URL-encoded form (e.g. "%7B%22Version%22...").
  }
  try {
    return JSON.parse(decodeURIComponent(text)) as unknown;
  } catch {
    return undefined;
  }
}

/** Parses a policy document (object, JSON text or URL-encoded JSON text). */
export function parsePolicy(input: unknown): ParsedPolicy {
  if (input === null || input === undefined) return { ok: false, reason: 'no policy document was returned' };
  const doc = typeof input === 'string' ? decodeText(input) : input;
  if (!isObject(doc)) return { ok: false, reason: 'the policy document is not a JSON object' };
  const raw = doc['Statement'];
  // A document without statements grants nothing; IAM itself accepts none only in this form.
  if (raw === undefined) return { ok: true, policy: { statements: [] } };
  const list: unknown[] = Array.isArray(raw) ? raw : [raw];
  try {
    return { ok: true, policy: { statements: list.map(statement) } };
  } catch (e) {
    if (e instanceof Malformed) return { ok: false, reason: `the policy document is malformed (${e.message})` };
    throw e;
  }
}
