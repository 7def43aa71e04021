/**
 * A parser for CloudWatch Logs JSON filter patterns (`{ $.a.b = value && ... }`) and a sound
 * "does filter F match every event reference R matches" test, used by the CIS 4.1-4.15 checks.
 *
 * Syntax, per "Filter pattern syntax for metric filters"
 * (https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html):
 *  - the pattern is enclosed in `{ }`;
 *  - a term is `SELECTOR op VALUE` with op one of `=`, `!=` (strings, numbers) or `<`, `>`, `<=`,
 *    `>=` (numbers), or `SELECTOR IS NULL | IS TRUE | IS FALSE | NOT EXISTS`;
 *  - a selector starts with `$` and names properties (`.name`, alphanumerics, `-`, `_`) and array
 *    elements (`[0]`);
 *  - a value is a double-quoted string (with `\` escapes) or an unquoted word; a `*` at the start or
 *    end of a string value is a wildcard (AWS: "Ev*ent will only match the actual string Ev*ent");
 *  - terms combine with `&&` and `||`, with parentheses; precedence is `()` > `&&` > `||`.
 *  - matching is case sensitive, so values and selectors are compared exactly.
 *
 * There is no negation operator, so every pattern is a monotone formula over its terms: its
 * disjunctive normal form (an OR of ANDs of terms) is obtained by distributing && over ||.
 */

export type TermOp = '=' | '!=' | '<' | '>' | '<=' | '>=' | 'IS NULL' | 'IS TRUE' | 'IS FALSE' | 'NOT EXISTS';

/** One condition; `field` is the selector without `$.`, `value` without quotes or escapes. */
export interface FilterTerm {
  field: string;
  op: TermOp;
  value?: string;
}

export type FilterNode = { kind: 'term'; term: FilterTerm } | { kind: 'and' | 'or'; children: FilterNode[] };

export type ParseResult = { ok: true; node: FilterNode } | { ok: false; error: string };

/** A conjunction of terms; a DNF is the disjunction of its conjuncts. */
export type Conjunct = FilterTerm[];

/**
 * The largest DNF this module builds. A pattern whose expansion exceeds it (e.g. nine `(a || b)`
 * groups joined by `&&`: 512 conjuncts) is reported as undecidable rather than expanded.
 */
export const DNF_LIMIT = 256;

type Token =
  | { t: '(' | ')' | '&&' | '||' | '{' | '}'; at: number }
  | { t: 'selector'; text: string; at: number }
  | { t: 'op'; op: '=' | '!=' | '<' | '>' | '<=' | '>='; at: number }
  | { t: 'word'; text: string; at: number }
  | { t: 'string'; text: string; at: number };

const SELECTOR = /^\$(?:\.[A-Za-z0-9_-]+|\[\d+\])+/;
// An unquoted value: anything up to whitespace, a parenthesis, brace, quote, `&` or `|`.
// AWS asks for quotes around non-alphanumeric strings, yet accepts (and CIS uses) `kms.amazonaws.com`
// and `123.123.*` unquoted.
const WORD = /^[^\s()&|"{}=!<>]+/;

function tokenize(src: string): Token[] | string {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (two === '&&' || two === '||') {
      out.push({ t: two, at: i });
      i += 2;
      continue;
    }
    if (two === '!=' || two === '<=' || two === '>=') {
      out.push({ t: 'op', op: two, at: i });
      i += 2;
      continue;
    }
    if (c === '=' || c === '<' || c === '>') {
      out.push({ t: 'op', op: c, at: i });
      i++;
      continue;
    }
    if (c === '(' || c === ')' || c === '{' || c === '}') {
      out.push({ t: c, at: i });
      i++;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      let text = '';
      while (j < src.length && src[j] !== '"') {
        if (src[j] === '\\' && j + 1 < src.length) j++;
        text += src[j];
        j++;
      }
      if (j >= src.length) return `unterminated string starting at character ${i + 1}`;
      out.push({ t: 'string', text, at: i });
      i = j + 1;
      continue;
    }
    if (c === '$') {
      const m = SELECTOR.exec(src.slice(i));
      if (!m) return `invalid selector at character ${i + 1}`;
      out.push({ t: 'selector', text: m[0], at: i });
      i += m[0].length;
      continue;
    }
    const w = WORD.exec(src.slice(i));
    if (!w) return `unexpected "${c}" at character ${i + 1}`;
    out.push({ t: 'word', text: w[0], at: i });
    i += w[0].length;
  }
  return out;
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }
  private where(): string {
    const t = this.peek();
    return t ? `at character ${t.at + 1}` : 'at the end of the pattern';
  }
  private fail(what: string): never {
    throw new PatternError(`${what} ${this.where()}`);
  }
  private isWord(text: string): boolean {
    const t = this.peek();
    return t?.t === 'word' && t.text.toUpperCase() === text;
  }

  /** `{ expr }` and nothing after it. */
  pattern(): FilterNode {
    if (this.peek()?.t !== '{') this.fail('expected "{" (only JSON filter patterns are supported)');
    this.i++;
    const node = this.or();
    if (this.peek()?.t !== '}') this.fail('expected "&&", "||" or "}"');
    this.i++;
    if (this.peek()) this.fail('unexpected text after "}"');
    return node;
  }

  private or(): FilterNode {
    const children = [this.and()];
    while (this.peek()?.t === '||') {
      this.i++;
      children.push(this.and());
    }
    return children.length === 1 ? (children[0] as FilterNode) : { kind: 'or', children };
  }

  private and(): FilterNode {
    const children = [this.primary()];
    while (this.peek()?.t === '&&') {
      this.i++;
      children.push(this.primary());
    }
    return children.length === 1 ? (children[0] as FilterNode) : { kind: 'and', children };
  }

  private primary(): FilterNode {
    const t = this.peek();
    if (t?.t === '(') {
      this.i++;
      const node = this.or();
      if (this.peek()?.t !== ')') this.fail('expected ")"');
      this.i++;
      return node;
    }
    if (t?.t === 'selector') {
      this.i++;
      return { kind: 'term', term: this.rest(t.text.replace(/^\$\.?/, '')) };
    }
    return this.fail('expected "(" or a selector such as $.eventName');
  }

  /** What follows a selector. */
  private rest(field: string): FilterTerm {
    const t = this.peek();
    if (t?.t === 'op') {
      this.i++;
      const v = this.peek();
      if (v?.t !== 'string' && v?.t !== 'word') this.fail(`expected a value after "${t.op}"`);
      this.i++;
      if (t.op === '=' || t.op === '!=') {
        // A number compares numerically: 400 and 400.0 are one value.
        const value = v.t === 'word' && NUMBER.test(v.text) ? String(Number(v.text)) : v.text;
        return { field, op: t.op, value };
      }
      if (v.t !== 'word' || !NUMBER.test(v.text))
        throw new PatternError(`"${t.op}" needs a number, not ${JSON.stringify(v.text)}, at character ${v.at + 1}`);
      return { field, op: t.op, value: String(Number(v.text)) };
    }
    if (this.isWord('IS')) {
      this.i++;
      for (const k of ['NULL', 'TRUE', 'FALSE'] as const) {
        if (this.isWord(k)) {
          this.i++;
          return { field, op: `IS ${k}` };
        }
      }
      this.fail('expected NULL, TRUE or FALSE after IS');
    }
    if (this.isWord('NOT')) {
      this.i++;
      if (!this.isWord('EXISTS')) this.fail('expected EXISTS after NOT');
      this.i++;
      return { field, op: 'NOT EXISTS' };
    }
    return this.fail(`expected an operator after $.${field}`);
  }
}

class PatternError extends Error {}

/** Parses a JSON filter pattern into its expression tree. */
export function parseFilterPattern(pattern: string): ParseResult {
  const tokens = tokenize(pattern);
  if (typeof tokens === 'string') return { ok: false, error: tokens };
  try {
    return { ok: true, node: new Parser(tokens).pattern() };
  } catch (e) {
    if (e instanceof PatternError) return { ok: false, error: e.message };
    throw e;
  }
}

export const termKey = (t: FilterTerm): string =>
  t.value === undefined ? `${t.field} ${t.op}` : `${t.field} ${t.op} ${JSON.stringify(t.value)}`;

/** The term as a pattern would write it, for reasons. */
export const formatTerm = (t: FilterTerm): string =>
  t.value === undefined ? `$.${t.field} ${t.op}` : `$.${t.field} ${t.op} ${JSON.stringify(t.value)}`;

function dedupe(c: Conjunct): Conjunct {
  const seen = new Map<string, FilterTerm>();
  for (const t of c) seen.set(termKey(t), t);
  return [...seen.values()];
}

/**
 * The disjunctive normal form of `node`, or undefined when it has (or an intermediate step has)
 * more than `limit` conjuncts.
 */
export function toDnf(node: FilterNode, limit = DNF_LIMIT): Conjunct[] | undefined {
  if (node.kind === 'term') return [[node.term]];
  const parts: Conjunct[][] = [];
  for (const child of node.children) {
    const d = toDnf(child, limit);
    if (!d) return undefined;
    parts.push(d);
  }
  if (node.kind === 'or') {
    const all = parts.flat();
    return all.length > limit ? undefined : all;
  }
  let acc: Conjunct[] = [[]];
  for (const d of parts) {
    if (acc.length * d.length > limit) return undefined;
    acc = acc.flatMap((a) => d.map((b) => dedupe([...a, ...b])));
  }
  return acc;
}

/** A string value with `*` wildcards at its ends: prefix wildcard, literal core, suffix wildcard. */
function glob(v: string): { pre: boolean; core: string; post: boolean } {
  const pre = v.startsWith('*');
  const rest = pre ? v.slice(1) : v;
  const post = rest.endsWith('*');
  return { pre, core: post ? rest.slice(0, -1) : rest, post };
}

/** Whether every string `=` value c matches is also matched by `=` value f. */
function globSubsumes(f: string, c: string): boolean {
  const F = glob(f);
  const C = glob(c);
  if (F.pre && F.post) return C.core.includes(F.core);
  if (F.pre) return !C.post && C.core.endsWith(F.core);
  if (F.post) return !C.pre && C.core.startsWith(F.core);
  return !C.pre && !C.post && C.core === F.core;
}

/** Whether an event satisfying term `c` necessarily satisfies term `f` (sound, not complete). */
export function termImplies(c: FilterTerm, f: FilterTerm): boolean {
  if (c.field !== f.field) return false;
  if (termKey(c) === termKey(f)) return true;
  if (c.op !== '=' || c.value === undefined || f.value === undefined) return false;
  // `$.f = Create*` holds for every event with `$.f = CreateTrail`.
  if (f.op === '=') return globSubsumes(f.value, c.value);
  // `$.f != X` holds for every event with `$.f = V` when V is a literal that X does not match.
  if (f.op === '!=') return !glob(c.value).pre && !glob(c.value).post && !globSubsumes(f.value, c.value);
  return false;
}

/**
 * Whether the filter matches every event the reference matches, judged conjunct by conjunct: each
 * reference conjunct C must have a filter conjunct all of whose terms C implies. Returns the first
 * reference conjunct no filter conjunct covers, or undefined when all are covered.
 */
export function uncoveredConjunct(filter: readonly Conjunct[], reference: readonly Conjunct[]): Conjunct | undefined {
  return reference.find((c) => !filter.some((f) => f.every((ft) => c.some((ct) => termImplies(ct, ft)))));
}
