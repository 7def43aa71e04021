/**
 * Mutelist patterns. A glob has two wildcards: `*` (any run of characters, `/` and `:` included,
 * because ARNs are made of them and `arn:aws:s3:::logs-*` must reach every key-like suffix) and `?`
 * (one character); everything else is literal and the whole value must match. A value written
 * `/.../` (optionally `/.../i`) is a JavaScript regular expression, searched (anchor it with ^ and $).
 */

export type Matcher = (value: string) => boolean;

const REGEX_LITERAL = /^\/(.+)\/(i?)$/s;

export const isRegexLiteral = (pattern: string): boolean => REGEX_LITERAL.test(pattern);

export function globToRegExp(glob: string): RegExp {
  const body = [...glob].map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|[\]\\/-]/g, '\\$&'))).join('');
  return new RegExp(`^${body}$`, 's');
}

/** Compiles a glob (or, when allowed, a /regex/); throws an Error with a user-facing message. */
export function compilePattern(pattern: string, options: { allowRegex: boolean }): Matcher {
  if (pattern.trim() === '') throw new Error('is an empty pattern (use "*" for any)');
  const literal = REGEX_LITERAL.exec(pattern);
  if (literal && options.allowRegex) {
    let re: RegExp;
    try {
      re = new RegExp(literal[1] as string, literal[2]);
    } catch (e) {
      throw new Error(`is not a valid regular expression (${(e as Error).message})`, { cause: e });
    }
    return (v) => re.test(v);
  }
  const re = globToRegExp(pattern);
  return (v) => re.test(v);
}

/** Any of several patterns (a rule's list form). */
export function anyOf(patterns: readonly string[], options: { allowRegex: boolean }): Matcher {
  const matchers = patterns.map((p) => compilePattern(p, options));
  return (v) => matchers.some((m) => m(v));
}
