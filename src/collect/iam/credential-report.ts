import { GenerateCredentialReportCommand, GetCredentialReportCommand, type IAMClient } from '@aws-sdk/client-iam';
import type { IamCredentialReport, IamCredentialReportRow, IamSection } from '../../model/iam.js';
import type { CollectContext } from '../kit/context.js';
import type { ReadScope } from '../kit/read.js';
import { iso, sleep } from '../kit/time.js';

/** How long to wait for the credential report to be generated (AWS usually takes seconds). */
const CREDENTIAL_REPORT_WAIT_MS = 60_000;

/**
 * GenerateCredentialReport answers STARTED / INPROGRESS / COMPLETE; AWS recommends calling it
 * again until COMPLETE, then reading the report. Polling Generate (rather than Get, which throws
 * ReportInProgress) keeps transient states out of the read errors.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html
 */
export async function readCredentialReport(
  ctx: CollectContext,
  client: IAMClient,
  scope: ReadScope,
): Promise<IamSection['credentialReport']> {
  const deadline = Date.now() + CREDENTIAL_REPORT_WAIT_MS;
  for (let attempt = 0; ; attempt++) {
    const gen = await ctx.reader.read('iam:GenerateCredentialReport', scope, () => client.send(new GenerateCredentialReportCommand({})));
    if (!gen.ok) return gen;
    if (gen.value.State === 'COMPLETE') break;
    if (Date.now() >= deadline) {
      return ctx.reader.fail(
        'iam:GenerateCredentialReport',
        scope,
        `the credential report was still ${gen.value.State ?? 'in progress'} after ${CREDENTIAL_REPORT_WAIT_MS / 1000} s`,
      );
    }
    await sleep(Math.min(2_000, 250 * 2 ** attempt));
  }
  const res = await ctx.reader.read('iam:GetCredentialReport', scope, () => client.send(new GetCredentialReportCommand({})));
  if (!res.ok) return res;
  const content = res.value.Content;
  if (!content) return ctx.reader.fail('iam:GetCredentialReport', scope, 'GetCredentialReport returned no content');
  return { ok: true, value: parseCredentialReport(new TextDecoder().decode(content), res.value.GeneratedTime) };
}

const ROOT_ROW = '<root_account>';

/**
 * AWS writes credential report timestamps as ISO 8601 with seconds and an offset
 * (`2026-06-01T10:00:00+00:00`); anything looser (a bare date, `N/A ` with a space, a locale
 * format) is not a date AWS wrote, so it is unreadable rather than guessed at.
 */
const REPORT_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The literal values AWS documents per column, and what each means; every other non-date value
 * is unreadable. https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html
 * - `N/A`: no such credential (no password, no key), or a key that was never used;
 * - `no_information`: a password not used since IAM began tracking (October 2014): no recorded use;
 * - `not_supported`: the column does not apply to the principal (root's password_enabled and
 *   password_last_changed; emulators also write it for the password columns of users without one).
 */
const NO_VALUE: Readonly<Record<string, readonly string[]>> = {
  password_enabled: ['not_supported'],
  password_last_used: ['N/A', 'no_information', 'not_supported'],
  password_last_changed: ['N/A', 'not_supported'],
  access_key_1_last_rotated: ['N/A', 'not_supported'],
  access_key_1_last_used_date: ['N/A', 'not_supported'],
  access_key_2_last_rotated: ['N/A', 'not_supported'],
  access_key_2_last_used_date: ['N/A', 'not_supported'],
};

/** IAM user names hold `[\w+=,.@-]`: no colon, so the ARN is the first cell starting with `arn:`. */
const ARN_CELL = /^arn:/;

/**
 * AWS does not quote the report's fields, so a user name with commas (`eve,true,true` is a legal
 * IAM name) spreads over several cells and shifts every later column. Such a row is rebuilt from
 * its anchors: the name is the cells before the first `arn:` cell, the ARN runs to where exactly
 * the header's remaining columns are left, and the ARN must end with `/` + that name. A row that
 * does not fit is not guessed at: it is dropped and counted, and the user it belonged to shows as
 * missing from the report (UNKNOWN), never as a finding about whatever name the cells spelt.
 */
export function alignRow(cells: readonly string[], width: number): string[] | null {
  if (cells.length === width) {
    const [user = '', arn = ''] = cells;
    return ARN_CELL.test(arn) && (user === ROOT_ROW || arn.endsWith(`/${user}`)) ? [...cells] : null;
  }
  if (cells.length < width) return null;
  const arnStart = cells.findIndex((c) => ARN_CELL.test(c));
  const arnEnd = cells.length - (width - 2); // exclusive: the cells after it are the other columns
  if (arnStart < 1 || arnEnd <= arnStart) return null;
  const user = cells.slice(0, arnStart).join(',');
  const arn = cells.slice(arnStart, arnEnd).join(',');
  if (!arn.endsWith(`/${user}`)) return null;
  return [user, arn, ...cells.slice(arnEnd)];
}

/** Parses the credential report CSV (AWS's 22 columns), keeping only what checks read. */
export function parseCredentialReport(csv: string, generatedTime: Date | undefined): IamCredentialReport {
  const [header, ...rows] = parseCsv(csv);
  const cols = header ?? [];
  const rowsOut: IamCredentialReportRow[] = [];
  let root: IamCredentialReportRow | null = null;
  let unreadableRows = 0;
  for (const raw of rows) {
    if (raw.length === 1 && raw[0] === '') continue;
    const cells = alignRow(raw, cols.length);
    if (!cells) {
      unreadableRows++;
      continue;
    }
    const unreadable: string[] = [];
    const cell = (name: string): string | null => {
      const i = cols.indexOf(name);
      return i >= 0 ? (cells[i] ?? null) : null;
    };
    const bad = (name: string, v: string | null): null => {
      unreadable.push(v === null ? `${name} (column missing)` : `${name} ${JSON.stringify(v.slice(0, 40))}`);
      return null;
    };
    const date = (name: string, required = false): string | null => {
      const v = cell(name);
      if (v !== null && NO_VALUE[name]?.includes(v) && !required) return null;
      if (v === null || !REPORT_DATE.test(v)) return bad(name, v);
      return iso(new Date(v)) ?? bad(name, v);
    };
    const bool = (name: string): boolean | null => {
      const v = cell(name);
      if (v !== null && NO_VALUE[name]?.includes(v)) return null;
      const lower = v?.toLowerCase();
      return lower === 'true' ? true : lower === 'false' ? false : bad(name, v);
    };
    const row: IamCredentialReportRow = {
      user: cells[0] ?? '',
      arn: cells[1] ?? '',
      region: 'global',
      userCreationTime: date('user_creation_time', true),
      passwordEnabled: bool('password_enabled'),
      passwordLastUsed: date('password_last_used'),
      passwordLastChanged: date('password_last_changed'),
      mfaActive: bool('mfa_active'),
      accessKey1Active: bool('access_key_1_active'),
      accessKey1LastRotated: date('access_key_1_last_rotated'),
      accessKey1LastUsedDate: date('access_key_1_last_used_date'),
      accessKey2Active: bool('access_key_2_active'),
      accessKey2LastRotated: date('access_key_2_last_rotated'),
      accessKey2LastUsedDate: date('access_key_2_last_used_date'),
      unreadable,
    };
    if (row.user === ROOT_ROW) root = row;
    else rowsOut.push(row);
  }
  return { generatedTime: iso(generatedTime), root, users: rowsOut, unreadableRows };
}

/** RFC 4180 CSV (quoted fields may hold commas, quotes and newlines; user names may contain commas). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
