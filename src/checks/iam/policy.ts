/**
 * Pure helpers to read IAM identity-based policy documents: statements normalised from the
 * string-or-array grammar, and the two wildcard tests FSBP IAM.1 and IAM.21 are defined by.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 */
import type { IamPolicyDocument } from '../../model/iam.js';

export interface Statement {
  sid: string | null;
  effect: 'Allow' | 'Deny';
  /** Action values, or null when the statement uses NotAction. */
  action: string[] | null;
  notAction: string[] | null;
  /** Resource values, or null when the statement uses NotResource. */
  resource: string[] | null;
  notResource: string[] | null;
  hasCondition: boolean;
}

export type ParsedPolicy = { ok: true; statements: Statement[] } | { ok: false; reason: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A string-or-array element as an array of strings; null when absent; throws on anything else. */
function strings(v: unknown, key: string): string[] | null {
  if (v === undefined) return null;
  if (typeof v === 'string') return [v];
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v;
  throw new Error(`${key} is neither a string nor a list of strings`);
}

/**
 * Statements of a policy document. A document that is not a JSON object with a Statement is
 * reported as unparseable rather than treated as granting nothing (never a false PASS).
 */
export function parsePolicy(doc: IamPolicyDocument | null): ParsedPolicy {
  if (doc === null) return { ok: false, reason: 'no policy document was returned' };
  if (!isObject(doc)) return { ok: false, reason: 'the policy document is not a JSON object' };
  const raw = doc['Statement'];
  if (raw === undefined) return { ok: true, statements: [] };
  const list = Array.isArray(raw) ? raw : [raw];
  try {
    const statements = list.map((s): Statement => {
      if (!isObject(s)) throw new Error('a statement is not an object');
      const effect = s['Effect'];
      if (effect !== 'Allow' && effect !== 'Deny') throw new Error(`Effect is ${JSON.stringify(effect)}`);
      return {
        sid: typeof s['Sid'] === 'string' ? s['Sid'] : null,
        effect,
        action: strings(s['Action'], 'Action'),
        notAction: strings(s['NotAction'], 'NotAction'),
        resource: strings(s['Resource'], 'Resource'),
        notResource: strings(s['NotResource'], 'NotResource'),
        hasCondition: s['Condition'] !== undefined,
      };
    });
    return { ok: true, statements };
  } catch (e) {
    return { ok: false, reason: `the policy document is malformed (${(e as Error).message})` };
  }
}

/** IAM action matching: case-insensitive, `*` any run of characters, `?` one character. */
export function actionMatches(pattern: string, action: string): boolean {
  const re = new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
    'i',
  );
  return re.test(action);
}

/** `*`, `*:*` (and equivalent runs of stars): every action of every service. */
export function isFullWildcardAction(pattern: string): boolean {
  return /^\*+(:\*+)?$/.test(pattern.trim());
}

/** `s3:*`: every action of one service (a prefix such as `s3:Get*` is not). */
export function isServiceWildcardAction(pattern: string): boolean {
  return /^[a-z0-9-]+:\*+$/i.test(pattern.trim());
}

const describe = (s: Statement, i: number) => (s.sid ? `statement "${s.sid}"` : `statement ${i + 1}`);

/**
 * Allow statements granting every action on every resource: `"Effect": "Allow"` with
 * `"Action": "*"` over `"Resource": "*"` (FSBP IAM.1, CIS 1.16). A Condition does not exempt the
 * statement, as in AWS Config's iam-policy-no-statements-with-admin-access. `NotResource` with
 * `Action: *` is counted too: it grants everything except a few resources.
 * https://docs.aws.amazon.com/config/latest/developerguide/iam-policy-no-statements-with-admin-access.html
 */
export function fullAdminStatements(statements: readonly Statement[]): string[] {
  return statements.flatMap((s, i) => {
    if (s.effect !== 'Allow' || !s.action?.some(isFullWildcardAction)) return [];
    const allResources = s.resource ? s.resource.some((r) => r.trim() === '*') : s.notResource !== null;
    return allResources ? [describe(s, i)] : [];
  });
}

/**
 * Allow statements granting all actions of a service (FSBP IAM.21): `service:*`, or `*` (every
 * service). `NotAction` in an Allow statement grants every action not listed, so it counts too.
 * The resource does not matter: `s3:*` on one bucket still fails.
 * https://docs.aws.amazon.com/config/latest/developerguide/iam-policy-no-statements-with-full-access.html
 */
export function serviceWildcardGrants(statements: readonly Statement[]): string[] {
  const out: string[] = [];
  for (const s of statements) {
    if (s.effect !== 'Allow') continue;
    for (const a of s.action ?? []) if (isServiceWildcardAction(a) || isFullWildcardAction(a)) out.push(a.trim());
    if (s.notAction) out.push(`NotAction ${s.notAction.join(', ')}`);
  }
  return [...new Set(out)];
}

/** Short list for reasons: the first few items, then how many more. */
export function listSome(items: readonly string[], max = 5): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}
