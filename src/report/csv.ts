import type { CheckMetaDoc, FindingsDocument } from '../evaluate/finding.js';

/**
 * Findings as RFC 4180 CSV, one row per finding, for spreadsheets and ticket imports.
 * Cells come from the account (resource names, reasons), so a cell a spreadsheet would run as a
 * formula (starting with = + - @, tab or CR) gets a leading apostrophe: it then shows as text.
 */

const COLUMNS = [
  'account',
  'region',
  'check id',
  'title',
  'status',
  'original status',
  'severity',
  'service',
  'resource type',
  'resource arn',
  'reason',
  'fsbp',
  'cis-3.0',
  'checklist',
  'remediation summary',
  'docs',
  'mute reason',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: formula-defused, then quoted when it holds a quote, comma, CR or LF (quotes doubled). */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const row = (cells: readonly string[]) => `${cells.map(csvField).join(',')}\r\n`;

/** The CSV as chunks (a row each): millions of findings are never one string. */
export function* renderCsvChunks(doc: FindingsDocument): Generator<string> {
  const checks = new Map<string, CheckMetaDoc>(doc.checks.map((c) => [c.id, c]));
  yield row(COLUMNS);
  for (const f of doc.findings) {
    const check = checks.get(f.checkId);
    yield row([
      f.accountId,
      f.region,
      f.checkId,
      f.title,
      f.status,
      f.muted?.originalStatus ?? '',
      f.severity,
      f.service,
      f.resourceType,
      f.resourceArn,
      f.reason,
      f.frameworks.fsbp.join(' '),
      f.frameworks['cis-3.0'].join(' '),
      f.frameworks.checklist.join(' '),
      check?.remediation.summary ?? '',
      check?.remediation.docs ?? '',
      f.muted?.reason ?? '',
    ]);
  }
}

export const renderCsv = (doc: FindingsDocument): string => [...renderCsvChunks(doc)].join('');
