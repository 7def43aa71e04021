import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import initSqlJs, { type Database } from 'sql.js';
import { UsageError } from '../errors.js';
import type { FindingsDocument } from '../evaluate/finding.js';
import { SEVERITIES, STATUSES } from '../model/vocabulary.js';
import type { TrendPoint } from './trend.js';

/**
 * The scan history: one SQLite file (sql.js, SQLite compiled to WebAssembly: no native build, so it
 * installs from the npm registry alone on every Node). sql.js works on a copy in memory, so every
 * change is written back whole, atomically (temp file + rename): a crash never leaves half a file.
 * A file that is not a Bulwark history database is never written to.
 */

export const HISTORY_SCHEMA_VERSION = 1;
const SQLITE_HEADER = 'SQLite format 3\u0000';

const SCHEMA = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE scans (
  id INTEGER PRIMARY KEY,
  account_id TEXT NOT NULL,
  partition TEXT NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT NOT NULL,
  as_of TEXT NOT NULL,
  tool_version TEXT NOT NULL,
  regions TEXT NOT NULL,          -- JSON array of scanned regions
  checks INTEGER NOT NULL,
  total INTEGER NOT NULL,
  by_status TEXT NOT NULL,        -- JSON {status: count}
  by_severity_fail TEXT NOT NULL, -- JSON {severity: FAIL count}
  compliance TEXT NOT NULL        -- JSON {framework: percent or null}
);
CREATE INDEX scans_account ON scans (account_id, finished_at);
CREATE TABLE findings (
  scan_id INTEGER NOT NULL REFERENCES scans (id),
  check_id TEXT NOT NULL,
  resource_arn TEXT NOT NULL,
  region TEXT NOT NULL,
  status TEXT NOT NULL,
  severity TEXT NOT NULL,
  PRIMARY KEY (scan_id, check_id, resource_arn, region)
);
`;

export interface HistoryDb {
  path: string;
  db: Database;
}

export interface ScanRecord {
  id: number;
  accountId: string;
  startedAt: string;
  finishedAt: string;
  asOf: string;
  toolVersion: string;
  regions: string[];
  checks: number;
  total: number;
  byStatus: Record<string, number>;
  bySeverityFail: Record<string, number>;
  compliance: Record<string, number | null>;
}

let sql: Promise<initSqlJs.SqlJsStatic> | undefined;
const engine = () => (sql ??= initSqlJs());

const bad = (path: string, why: string) =>
  new UsageError(
    `${path} is not a usable Bulwark history database (${why}); it was left untouched. Move it aside or choose another with --history FILE.`,
  );

/** Opens (or, when the file does not exist, creates in memory) a history database. */
export async function openHistory(path: string): Promise<HistoryDb> {
  const SQL = await engine();
  let bytes: Buffer | undefined;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') throw new UsageError(`Cannot read history database ${path}: ${code ?? (e as Error).message}.`);
  }
  if (!bytes) {
    const db = new SQL.Database();
    db.exec(SCHEMA);
    db.run('INSERT INTO meta (key, value) VALUES (?, ?)', ['schema_version', String(HISTORY_SCHEMA_VERSION)]);
    return { path, db };
  }
  if (bytes.subarray(0, 16).toString('latin1') !== SQLITE_HEADER) throw bad(path, 'not an SQLite file');
  let db: Database | undefined;
  try {
    db = new SQL.Database(bytes);
    const rows = db.exec("SELECT value FROM meta WHERE key = 'schema_version'");
    const version = Number(rows[0]?.values[0]?.[0]);
    if (!Number.isInteger(version)) throw new Error('no schema version');
    if (version > HISTORY_SCHEMA_VERSION) {
      db.close();
      throw new UsageError(
        `History database ${path} has schema version ${version}; this Bulwark reads version ${HISTORY_SCHEMA_VERSION}. Upgrade Bulwark or use another file.`,
      );
    }
    db.exec('SELECT count(*) FROM scans; SELECT count(*) FROM findings');
    return { path, db };
  } catch (e) {
    if (e instanceof UsageError) throw e;
    db?.close();
    const message = (e as Error).message;
    throw bad(path, /no such table|no schema version/.test(message) ? 'an SQLite file without Bulwark tables' : `corrupt: ${message}`);
  }
}

/** Writes the database back: temp file beside it, then rename, owner-only like every report. */
export async function saveHistory(h: HistoryDb): Promise<void> {
  await mkdir(dirname(h.path), { recursive: true, mode: 0o700 });
  const tmp = `${h.path}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(tmp, h.db.export(), { mode: 0o600 });
    await rename(tmp, h.path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw new UsageError(`Cannot write history database ${h.path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`);
  }
}

/** Records one scan: its totals and every finding's identity and status. Returns the scan's id. */
export function recordScan(h: HistoryDb, doc: FindingsDocument): number {
  const db = h.db;
  const bySeverityFail = Object.fromEntries(SEVERITIES.map((s) => [s, doc.summary.bySeverity[s]?.['FAIL'] ?? 0]));
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, doc.summary.byStatus[s] ?? 0]));
  const compliance = Object.fromEntries(doc.compliance.map((c) => [c.framework, c.percent]));
  db.exec('BEGIN');
  try {
    db.run(
      `INSERT INTO scans (account_id, partition, started_at, finished_at, as_of, tool_version, regions, checks, total, by_status, by_severity_fail, compliance)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        doc.account.id,
        doc.account.partition,
        doc.startedAt,
        doc.finishedAt,
        doc.asOf,
        doc.tool.version,
        JSON.stringify(doc.regions.scanned),
        doc.checks.length,
        doc.summary.total,
        JSON.stringify(byStatus),
        JSON.stringify(bySeverityFail),
        JSON.stringify(compliance),
      ],
    );
    const id = Number(db.exec('SELECT last_insert_rowid()')[0]?.values[0]?.[0]);
    const insert = db.prepare(
      'INSERT OR REPLACE INTO findings (scan_id, check_id, resource_arn, region, status, severity) VALUES (?, ?, ?, ?, ?, ?)',
    );
    try {
      for (const f of doc.findings) insert.run([id, f.checkId, f.resourceArn, f.region, f.status, f.severity]);
    } finally {
      insert.free();
    }
    db.exec('COMMIT');
    return id;
  } catch (e) {
    db.exec('ROLLBACK');
    throw e;
  }
}

const json = <T>(v: unknown): T => JSON.parse(String(v)) as T;

/** Recorded scans, oldest first; of one account when given. */
export function listScans(h: HistoryDb, accountId?: string): ScanRecord[] {
  const stmt = h.db.prepare(
    `SELECT id, account_id, started_at, finished_at, as_of, tool_version, regions, checks, total, by_status, by_severity_fail, compliance
     FROM scans ${accountId === undefined ? '' : 'WHERE account_id = ?'} ORDER BY finished_at, id`,
  );
  const out: ScanRecord[] = [];
  try {
    if (accountId !== undefined) stmt.bind([accountId]);
    while (stmt.step()) {
      const r = stmt.get();
      out.push({
        id: Number(r[0]),
        accountId: String(r[1]),
        startedAt: String(r[2]),
        finishedAt: String(r[3]),
        asOf: String(r[4]),
        toolVersion: String(r[5]),
        regions: json(r[6]),
        checks: Number(r[7]),
        total: Number(r[8]),
        byStatus: json(r[9]),
        bySeverityFail: json(r[10]),
        compliance: json(r[11]),
      });
    }
  } finally {
    stmt.free();
  }
  return out;
}

/** The trend of one account, oldest scan first: what the HTML report and `bulwark history` draw. */
export function loadTrend(h: HistoryDb, accountId: string): TrendPoint[] {
  return listScans(h, accountId).map((s) => ({
    finishedAt: s.finishedAt,
    bySeverityFail: s.bySeverityFail,
    byStatus: s.byStatus,
    compliance: s.compliance,
  }));
}

/** A recorded scan's finding identities and statuses, e.g. for "new since the last scan". */
export function scanFindings(
  h: HistoryDb,
  scanId: number,
): { checkId: string; resourceArn: string; region: string; status: string; severity: string }[] {
  const rows = h.db.exec(
    'SELECT check_id, resource_arn, region, status, severity FROM findings WHERE scan_id = ? ORDER BY check_id, resource_arn, region',
    [scanId],
  );
  return (rows[0]?.values ?? []).map((r) => ({
    checkId: String(r[0]),
    resourceArn: String(r[1]),
    region: String(r[2]),
    status: String(r[3]),
    severity: String(r[4]),
  }));
}

export function closeHistory(h: HistoryDb): void {
  h.db.close();
}
