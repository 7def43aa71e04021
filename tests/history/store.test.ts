import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import initSqlJs from 'sql.js';
import { closeHistory, listScans, loadTrend, openHistory, recordScan, saveHistory, scanFindings } from '../../src/history/store.js';
import { defaultHistoryPath } from '../../src/history/paths.js';
import { historyPath } from '../../src/history/cli.js';
import { UsageError } from '../../src/errors.js';
import { newDocument, oldDocument } from '../diff/fixtures.js';
import { FindingsDocumentSchema } from '../../src/evaluate/finding.js';

describe('scan history database', () => {
  let dir: string;
  beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'bulwark-history-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('records two scans, lists them oldest first and gives the trend numbers', async () => {
    const path = join(dir, 'nested', 'history.sqlite');
    const h = await openHistory(path);
    const first = recordScan(h, oldDocument());
    await saveHistory(h);
    closeHistory(h);

    const again = await openHistory(path);
    recordScan(again, newDocument());
    const other = newDocument();
    other.account.id = '999999999999';
    recordScan(again, other);
    await saveHistory(again);
    closeHistory(again);
    // Written atomically: no temp file left beside it.
    expect(readdirSync(join(dir, 'nested'))).toEqual(['history.sqlite']);

    const h2 = await openHistory(path);
    const scans = listScans(h2, '111122223333');
    expect(scans.map((s) => s.finishedAt)).toEqual(['2026-11-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z']);
    expect(listScans(h2)).toHaveLength(3);
    const trend = loadTrend(h2, '111122223333');
    // OLD fails 5 critical S3 buckets, 2 low SQS queues and the retired high check; NEW see tests/diff/fixtures.ts.
    expect(trend[0]?.bySeverityFail).toEqual({ critical: 5, high: 1, medium: 0, low: 2, informational: 0 });
    expect(trend[0]?.byStatus).toMatchObject({ FAIL: 8, PASS: 3, UNKNOWN: 2, MUTED: 0 });
    expect(trend[1]?.bySeverityFail).toEqual({ critical: 3, high: 1, medium: 1, low: 0, informational: 0 });
    expect(trend[1]?.byStatus).toMatchObject({ FAIL: 5, UNKNOWN: 3, PASS: 3, MUTED: 1 });
    expect(trend[1]?.compliance).toEqual({ 'cis-3.0': 33.3, checklist: null });
    const findings = scanFindings(h2, first);
    expect(findings).toHaveLength(oldDocument().findings.length);
    expect(findings).toContainEqual({
      checkId: 's3-bucket-public-read-prohibited',
      resourceArn: 'arn:aws:s3:::was-public',
      region: 'us-east-1',
      status: 'FAIL',
      severity: 'critical',
    });
    // A trend is a valid part of a findings document.
    expect(FindingsDocumentSchema.safeParse({ ...newDocument(), trend }).success).toBe(true);
    closeHistory(h2);
  });

  it('refuses a file that is not SQLite and leaves it untouched', async () => {
    const path = join(dir, 'notes.txt');
    writeFileSync(path, 'my precious notes, not a database\n');
    await expect(openHistory(path)).rejects.toThrow(UsageError);
    await expect(openHistory(path)).rejects.toThrow(
      /notes\.txt is not a usable Bulwark history database \(not an SQLite file\); it was left untouched/,
    );
    expect(readFileSync(path, 'utf8')).toBe('my precious notes, not a database\n');
  });

  it('refuses a corrupt SQLite file and an SQLite file of another program', async () => {
    const SQL = await initSqlJs();
    const foreign = new SQL.Database();
    foreign.exec('CREATE TABLE photos (id INTEGER)');
    const foreignPath = join(dir, 'photos.sqlite');
    writeFileSync(foreignPath, foreign.export());
    await expect(openHistory(foreignPath)).rejects.toThrow(/an SQLite file without Bulwark tables/);

    const h = await openHistory(join(dir, 'h.sqlite'));
    recordScan(h, oldDocument());
    const bytes = Buffer.from(h.db.export());
    closeHistory(h);
    // Keep the header, scramble the pages.
    const corrupt = Buffer.concat([bytes.subarray(0, 100), Buffer.alloc(bytes.length - 100, 0xa5)]);
    const corruptPath = join(dir, 'corrupt.sqlite');
    writeFileSync(corruptPath, corrupt);
    await expect(openHistory(corruptPath)).rejects.toThrow(/corrupt\.sqlite is not a usable Bulwark history database/);
    expect(readFileSync(corruptPath).equals(corrupt)).toBe(true);
  });

  it('refuses a database of a newer schema version', async () => {
    const path = join(dir, 'future.sqlite');
    const h = await openHistory(path);
    h.db.run("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
    await saveHistory(h);
    closeHistory(h);
    await expect(openHistory(path)).rejects.toThrow(/schema version 99; this Bulwark reads version 1/);
  });

  it('does not create a file until a scan is saved', async () => {
    const path = join(dir, 'lazy.sqlite');
    closeHistory(await openHistory(path));
    expect(existsSync(path)).toBe(false);
  });
});

describe('default history path', () => {
  it('follows each platform convention, XDG_DATA_HOME first', () => {
    expect(defaultHistoryPath({ env: { XDG_DATA_HOME: '/data' }, platform: 'linux', home: '/home/u' })).toBe(
      '/data/bulwark/history.sqlite',
    );
    expect(defaultHistoryPath({ env: {}, platform: 'linux', home: '/home/u' })).toBe('/home/u/.local/share/bulwark/history.sqlite');
    // A relative XDG_DATA_HOME is ignored, as the XDG spec says.
    expect(defaultHistoryPath({ env: { XDG_DATA_HOME: 'rel' }, platform: 'linux', home: '/home/u' })).toBe(
      '/home/u/.local/share/bulwark/history.sqlite',
    );
    expect(defaultHistoryPath({ env: {}, platform: 'darwin', home: '/Users/u' })).toBe(
      '/Users/u/Library/Application Support/bulwark/history.sqlite',
    );
    expect(defaultHistoryPath({ env: { LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, platform: 'win32', home: 'C:\\Users\\u' })).toBe(
      'C:\\Users\\u\\AppData\\Local\\bulwark\\history.sqlite',
    );
    expect(defaultHistoryPath({ env: {}, platform: 'win32', home: 'C:\\Users\\u' })).toBe(
      'C:\\Users\\u\\AppData\\Local\\bulwark\\history.sqlite',
    );
  });

  it('reads --history: alone the default, with a value that file, empty an error', () => {
    expect(historyPath(undefined)).toBeUndefined();
    expect(historyPath('x.sqlite')).toBe('x.sqlite');
    expect(() => historyPath('  ')).toThrow(UsageError);
  });
});
