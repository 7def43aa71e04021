import { UsageError } from '../errors.js';
import type { FindingsDocument } from '../evaluate/finding.js';
import { SEVERITIES, STATUSES } from '../model/vocabulary.js';
import { terminalSafe } from '../report/terminal-safe.js';
import { defaultHistoryPath } from './paths.js';
import { closeHistory, listScans, loadTrend, openHistory, recordScan, saveHistory, type HistoryDb, type ScanRecord } from './store.js';
import { existsSync } from 'node:fs';

/** `--history` alone means the default database; `--history FILE` names one. */
export function historyPath(flag: string | boolean | undefined): string | undefined {
  if (flag === undefined || flag === false) return undefined;
  if (flag === true) return defaultHistoryPath();
  if (!flag.trim()) throw new UsageError('--history needs a file name (or none, for the default database).');
  return flag;
}

/** Opened before any AWS call, so a bad database stops the run before the scan, not after it. */
export async function prepareHistory(flag: string | boolean | undefined): Promise<HistoryDb | undefined> {
  const path = historyPath(flag);
  return path === undefined ? undefined : openHistory(path);
}

/** Records the scan, saves the database, and returns the document with the account's trend. */
export async function recordHistory(h: HistoryDb, doc: FindingsDocument): Promise<FindingsDocument> {
  try {
    const id = recordScan(h, doc);
    await saveHistory(h);
    const trend = loadTrend(h, doc.account.id);
    process.stderr.write(`Recorded scan ${id} (${trend.length} of account ${terminalSafe(doc.account.id)}) in ${terminalSafe(h.path)}\n`);
    return { ...doc, trend };
  } finally {
    closeHistory(h);
  }
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

export function renderHistoryConsole(scans: ScanRecord[], path: string): string {
  const t = terminalSafe;
  if (!scans.length) return `No scans recorded in ${t(path)}.\n`;
  const sev = SEVERITIES.map((s) => (s === 'informational' ? 'info' : s));
  const out = [
    `Bulwark history - ${t(path)} - ${scans.length} scan${scans.length === 1 ? '' : 's'}`,
    '',
    ['finished'.padEnd(25), 'account'.padEnd(14), 'FAIL'.padStart(10), 'UNKNOWN'.padStart(8), ...sev.map((s) => s.padStart(10))].join(''),
  ];
  const previous = new Map<string, ScanRecord>();
  for (const s of scans) {
    const prev = previous.get(s.accountId);
    const cell = (n: number, before: number | undefined, w: number) =>
      `${n}${before === undefined || before === n ? '' : ` (${signed(n - before)})`}`.padStart(w);
    out.push(
      [
        t(s.finishedAt).padEnd(25),
        t(s.accountId).padEnd(14),
        cell(s.byStatus['FAIL'] ?? 0, prev?.byStatus['FAIL'], 10),
        cell(s.byStatus['UNKNOWN'] ?? 0, prev?.byStatus['UNKNOWN'], 8),
        ...SEVERITIES.map((v) => cell(s.bySeverityFail[v] ?? 0, prev?.bySeverityFail[v], 10)),
      ].join(''),
    );
    previous.set(s.accountId, s);
  }
  for (const [account, last] of previous) {
    const first = scans.find((s) => s.accountId === account) as ScanRecord;
    if (first === last) continue;
    out.push('', `Account ${t(account)}, first to last scan (FAIL per severity):`);
    for (const v of SEVERITIES) {
      const [a, b] = [first.bySeverityFail[v] ?? 0, last.bySeverityFail[v] ?? 0];
      out.push(`  ${v.padEnd(14)}${String(a).padStart(5)} → ${String(b).padStart(5)}  (${signed(b - a)})`);
    }
    const fw = Object.keys(last.compliance).map((k) => `${t(k)} ${first.compliance[k] ?? 'n/a'}% → ${last.compliance[k] ?? 'n/a'}%`);
    if (fw.length) out.push(`  compliance    ${fw.join(', ')}`);
  }
  return `${out.join('\n')}\n`;
}

export async function runHistory(
  o: { db?: string; account?: string; format: 'console' | 'json' },
  stdout: (s: string) => void,
): Promise<void> {
  const path = o.db ?? defaultHistoryPath();
  if (!existsSync(path)) throw new UsageError(`No history database at ${path}: record scans with \`bulwark scan --history\` first.`);
  const h = await openHistory(path);
  try {
    const scans = listScans(h, o.account);
    if (o.format === 'json') {
      const accounts = [...new Set(scans.map((s) => s.accountId))];
      const trend = Object.fromEntries(accounts.map((a) => [a, loadTrend(h, a)]));
      stdout(`${JSON.stringify({ schemaVersion: 1, kind: 'bulwark-history', statuses: STATUSES, scans, trend }, null, 2)}\n`);
    } else stdout(renderHistoryConsole(scans, path));
  } finally {
    closeHistory(h);
  }
}
