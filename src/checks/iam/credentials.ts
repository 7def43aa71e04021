/** Pure helpers over credential report rows and users, shared by the iam checks. */
import type { IamCredentialReportRow } from '../../model/iam.js';
import type { ReadError } from '../../model/observed.js';
import { daysSince } from '../define-check.js';

export const ROOT_ROW_MISSING = 'the credential report has no <root_account> row';

/**
 * A ReadError for data that was read but lacks a value a decision needs (e.g. a report without a
 * root row): the check must say UNKNOWN and name the call, not guess.
 */
export function missingData(action: string, target: string, message: string, kind: ReadError['kind'] = 'other'): ReadError {
  return { action, kind, target, region: 'global', message };
}

export interface ReportKey {
  n: 1 | 2;
  active: boolean;
  lastRotated: string | null;
  lastUsedDate: string | null;
}

/** The two access key slots of a report row. */
export function reportKeys(row: IamCredentialReportRow): ReportKey[] {
  return [
    { n: 1, active: row.accessKey1Active === true, lastRotated: row.accessKey1LastRotated, lastUsedDate: row.accessKey1LastUsedDate },
    { n: 2, active: row.accessKey2Active === true, lastRotated: row.accessKey2LastRotated, lastUsedDate: row.accessKey2LastUsedDate },
  ];
}

/** The latest of some ISO dates (null when none). */
export function latest(dates: readonly (string | null)[]): string | null {
  let best: string | null = null;
  for (const d of dates) if (d && (!best || Date.parse(d) > Date.parse(best))) best = d;
  return best;
}

export type StaleResult = { ok: true; stale: string[] } | { ok: false; reason: string };

/**
 * Enabled credentials (console password, active access keys) not used for `days` days or more.
 * A credential never used counts from when it was created (password last set, key last rotated,
 * else the user's creation), as in CIS 1.12 and AWS Config's iam-user-unused-credentials-check.
 * https://docs.aws.amazon.com/config/latest/developerguide/iam-user-unused-credentials-check.html
 */
export function staleCredentials(row: IamCredentialReportRow, days: number, now: Date): StaleResult {
  const stale: string[] = [];
  const check = (what: string, lastUsed: string | null, created: string | null): string | null => {
    const since = lastUsed ?? created ?? row.userCreationTime;
    const age = daysSince(since, now);
    if (age === undefined) return `the credential report gives no date for the ${what}`;
    if (age >= days) stale.push(lastUsed ? `${what} last used ${age} days ago` : `${what} never used in the ${age} days since it was created`);
    return null;
  };
  if (row.passwordEnabled === true) {
    const err = check('console password', row.passwordLastUsed, row.passwordLastChanged);
    if (err) return { ok: false, reason: err };
  }
  for (const k of reportKeys(row)) {
    if (!k.active) continue;
    const err = check(`access key ${k.n}`, k.lastUsedDate, k.lastRotated);
    if (err) return { ok: false, reason: err };
  }
  return { ok: true, stale };
}

/** Paths AWS manages: service-linked roles and IAM Identity Center's permission-set roles. */
export function isAwsManagedRolePath(path: string): boolean {
  return path.startsWith('/aws-service-role/') || path.startsWith('/aws-reserved/');
}
