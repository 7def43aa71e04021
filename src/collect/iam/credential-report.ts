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

/** Parses the credential report CSV (AWS's 22 columns), keeping only what checks read. */
export function parseCredentialReport(csv: string, generatedTime: Date | undefined): IamCredentialReport {
  const [header, ...rows] = parseCsv(csv);
  const cols = header ?? [];
  const rowsOut: IamCredentialReportRow[] = [];
  let root: IamCredentialReportRow | null = null;
  for (const cells of rows) {
    if (cells.length === 1 && cells[0] === '') continue;
    const get = (name: string): string | null => {
      const i = cols.indexOf(name);
      const v = i >= 0 ? cells[i] : undefined;
      // 'N/A' (no key or never), 'no_information' (never used / before tracking) and
      // 'not_supported' (root's password_enabled) all mean "no value".
      return v === undefined || v === '' || v === 'N/A' || v === 'no_information' || v === 'not_supported' ? null : v;
    };
    const date = (name: string): string | null => {
      const v = get(name);
      return v === null ? null : iso(new Date(v));
    };
    const bool = (name: string): boolean | null => {
      const v = get(name);
      return v === null ? null : v.toLowerCase() === 'true';
    };
    const row: IamCredentialReportRow = {
      user: get('user') ?? '',
      arn: get('arn') ?? '',
      region: 'global',
      userCreationTime: date('user_creation_time'),
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
    };
    if (row.user === ROOT_ROW) root = row;
    else rowsOut.push(row);
  }
  return { generatedTime: iso(generatedTime), root, users: rowsOut };
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
