/**
 * IAM wildcard matching: `*` is any run of characters (including none), `?` is one character.
 * Actions compare case-insensitively, resources case-sensitively
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html).
 *
 * Policy text is untrusted, so nothing here builds a RegExp from it: the matchers are iterative or
 * table-driven, and bounded by the product of the two lengths.
 */

export interface MatchOptions {
  /** true for actions and condition keys; false (the default) for resources and ARNs. */
  ignoreCase?: boolean;
}

const fold = (s: string, o: MatchOptions) => (o.ignoreCase ? s.toLowerCase() : s);

/** Whether the concrete `value` (whose characters are all literal) matches `pattern`. */
export function wildcardMatch(pattern: string, value: string, options: MatchOptions = {}): boolean {
  const p = fold(pattern, options);
  const v = fold(value, options);
  // Two pointers with backtracking to the last star: linear in practice, never exponential.
  let pi = 0;
  let vi = 0;
  let star = -1;
  let mark = 0;
  while (vi < v.length) {
    if (pi < p.length && (p[pi] === '?' || (p[pi] !== '*' && p[pi] === v[vi]))) {
      pi++;
      vi++;
    } else if (pi < p.length && p[pi] === '*') {
      star = pi++;
      mark = vi;
    } else if (star >= 0) {
      pi = star + 1;
      vi = ++mark;
    } else return false;
  }
  while (pi < p.length && p[pi] === '*') pi++;
  return pi === p.length;
}

/**
 * Whether some string matches both patterns (e.g. `s3:G*` and `s3:Get*` share `s3:GetObject`).
 * Bottom-up table over suffixes: reach[i][j] = the suffixes a[i..] and b[j..] share a string.
 */
export function wildcardsIntersect(a: string, b: string, options: MatchOptions = {}): boolean {
  const p = fold(a, options);
  const q = fold(b, options);
  const n = p.length;
  const m = q.length;
  const w = m + 1;
  const t = new Uint8Array((n + 1) * w);
  t[n * w + m] = 1;
  for (let i = n; i >= 0; i--) {
    for (let j = m; j >= 0; j--) {
      if (i === n && j === m) continue;
      let r = false;
      if (i < n && p[i] === '*') r = t[(i + 1) * w + j] === 1 || (j < m && t[i * w + j + 1] === 1);
      else if (j < m && q[j] === '*') r = t[i * w + j + 1] === 1 || (i < n && t[(i + 1) * w + j] === 1);
      else if (i < n && j < m && (p[i] === q[j] || p[i] === '?' || q[j] === '?')) r = t[(i + 1) * w + j + 1] === 1;
      t[i * w + j] = r ? 1 : 0;
    }
  }
  return t[0] === 1;
}

/**
 * Whether every string matching `inner` also matches `outer` (e.g. `s3:*` covers `s3:Get*`).
 * Sound, and exact for the shapes policies use: a star or `?` of `inner` can only be absorbed by a
 * star of `outer` (a `?` also by a `?`), so a true answer is always right; an exotic pair may be
 * answered false, which callers read as "not covered" (the cautious side).
 */
export function wildcardCovers(outer: string, inner: string, options: MatchOptions = {}): boolean {
  const p = fold(outer, options);
  const q = fold(inner, options);
  const n = p.length;
  const m = q.length;
  const w = m + 1;
  const t = new Uint8Array((n + 1) * w);
  for (let i = n; i >= 0; i--) {
    for (let j = m; j >= 0; j--) {
      let r: boolean;
      if (i === n) r = j === m;
      else if (p[i] === '*') r = t[(i + 1) * w + j] === 1 || (j < m && t[i * w + j + 1] === 1);
      else if (j === m || q[j] === '*') r = false;
      else if (q[j] === '?') r = p[i] === '?' && t[(i + 1) * w + j + 1] === 1;
      else r = (p[i] === '?' || p[i] === q[j]) && t[(i + 1) * w + j + 1] === 1;
      t[i * w + j] = r ? 1 : 0;
    }
  }
  return t[0] === 1;
}

/** `*`, `**`, ...: a pattern that matches every string. */
export const isAllWildcard = (pattern: string): boolean => pattern.length > 0 && [...pattern].every((c) => c === '*');

/** Whether a value holds a wildcard character. */
export const hasWildcard = (value: string): boolean => value.includes('*') || value.includes('?');
