/** Pure helpers over credential report rows and users, shared by the iam checks. */
import type { IamCredentialReport, IamCredentialReportRow, IamSection } from '../../model/iam.js';
import { ageMs, DAY_MS, formatAge, missingData, undecided, unknown, type CheckResult, type ResourceRef } from '../define-check.js';

export const ROOT_ROW_MISSING = 'the credential report has no <root_account> row';

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
    const age = ageMs(since, now);
    if (age === undefined) return `the credential report gives no date for the ${what}`;
    // "Unused for 45 days or more" (CIS 1.12), compared as exact instants, not whole days.
    if (age >= days * DAY_MS)
      stale.push(lastUsed ? `${what} last used ${formatAge(age)} ago` : `${what} never used in the ${formatAge(age)} since it was created`);
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

/**
 * Runs `fn` on each user row of the credential report (a failed report read becomes one UNKNOWN
 * for `scope`), and adds an UNKNOWN for every IAM user the report does not list.
 * GenerateCredentialReport reuses a report younger than 4 hours, so users created since
 * `generatedTime` are missing from it; without this they would get no result at all.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html
 * Rows are anchored on the users the account lists: a row for a user the list does not hold (deleted
 * since the report was generated) is not judged, so no finding names a user that does not exist.
 * A row with a value that could not be read is UNKNOWN naming the column, never judged on a guess.
 * When the user list itself could not be read, only the report's rows are judged (the users
 * list's own read error shows in the checks that read it).
 */
export function eachReportUser(
  iam: Pick<IamSection, 'credentialReport' | 'users'>,
  scope: ResourceRef,
  fn: (row: IamCredentialReportRow) => CheckResult | undefined,
): CheckResult[] {
  const report = iam.credentialReport;
  if (!report.ok) return [unknown(scope, report.error)];
  const listed = iam.users.ok ? new Set(iam.users.value.map((u) => u.arn)) : null;
  const rows = listed ? report.value.users.filter((row) => listed.has(row.arn)) : report.value.users;
  return [...rows.flatMap((row) => unreadableRow(row) ?? fn(row) ?? []), ...usersNotInReport(iam.users, report.value)];
}

const DATE_COLUMNS = {
  userCreationTime: 'user_creation_time',
  passwordLastUsed: 'password_last_used',
  passwordLastChanged: 'password_last_changed',
  accessKey1LastRotated: 'access_key_1_last_rotated',
  accessKey1LastUsedDate: 'access_key_1_last_used_date',
  accessKey2LastRotated: 'access_key_2_last_rotated',
  accessKey2LastUsedDate: 'access_key_2_last_used_date',
} as const satisfies Partial<Record<keyof IamCredentialReportRow, string>>;

/**
 * The columns of a row that could not be read: those the parser flagged, and (for inventories
 * built elsewhere) any date that does not parse. A check never judges such a row on a guess.
 */
export function rowProblems(row: IamCredentialReportRow): string[] {
  const dates = Object.entries(DATE_COLUMNS)
    .filter(([field]) => {
      const v = row[field as keyof typeof DATE_COLUMNS];
      return v !== null && Number.isNaN(Date.parse(v));
    })
    .map(([field, column]) => `${column} ${JSON.stringify(String(row[field as keyof typeof DATE_COLUMNS]).slice(0, 40))}`);
  return [...row.unreadable, ...dates];
}

/** UNKNOWN for a report row with a value that is neither a documented literal nor a strict date/boolean. */
export function unreadableRow(row: IamCredentialReportRow): CheckResult | undefined {
  const problems = rowProblems(row);
  if (problems.length === 0) return undefined;
  const who = row.user === '<root_account>' ? 'the root user' : `IAM user ${row.user}`;
  return unknown(
    row,
    missingData('iam:GetCredentialReport', row.arn, `unreadable credential report values for ${who}: ${problems.join(', ')}`),
  );
}

/** An UNKNOWN for each listed IAM user that has no row in the credential report (matched by ARN). */
export function usersNotInReport(users: IamSection['users'], report: IamCredentialReport): CheckResult[] {
  if (!users.ok) return [];
  const inReport = new Set(report.users.map((row) => row.arn));
  const when = report.generatedTime ? `generated at ${report.generatedTime}` : 'AWS returned';
  // Rows the parser could not attribute (their cells do not line up with the header) may be these
  // users' rows: say so rather than blaming the report's age.
  const why =
    report.unreadableRows > 0
      ? `; ${report.unreadableRows} row(s) of the report could not be read (their cells do not line up with the header).`
      : ' (AWS reuses reports for up to 4 hours); run again later.';
  return users.value
    .filter((u) => !inReport.has(u.arn))
    .map((u) =>
      undecided(
        u,
        `IAM user ${u.userName} is not in the credential report ${when}${why}`,
        // Not a failed call: the report was read, but predates the user. Named so that the finding
        // says which data was missing, as missingData does for other incomplete reads.
        [missingData('iam:GetCredentialReport', u.arn, `IAM user ${u.userName} is not in the credential report ${when}`)],
      ),
    );
}
