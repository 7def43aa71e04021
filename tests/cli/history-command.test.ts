import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baseEnv, runCli } from './run-cli.js';

const DEMO = new URL('../../examples/demo-inventory.json', import.meta.url).pathname;

describe('--history and bulwark history (built CLI)', () => {
  let dir: string;
  // HOME and XDG_DATA_HOME point into the test's directory: the real home is never touched.
  const env = () => baseEnv({ HOME: join(dir, 'home'), XDG_DATA_HOME: join(dir, 'xdg') });
  beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), 'bulwark-history-cli-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('records evaluations in the default database and lists them with the trend', async () => {
    const first = await runCli(['evaluate', DEMO, '--format', 'json', '--history'], env());
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/Recorded scan 1 \(1 of account 123456789012\) in .*xdg\/bulwark\/history\.sqlite/);
    const second = await runCli(['evaluate', DEMO, '--format', 'json', '--history'], env());
    const doc = JSON.parse(second.stdout) as {
      trend: { bySeverityFail: Record<string, number> }[];
      summary: { bySeverity: Record<string, Record<string, number>> };
    };
    expect(doc.trend).toHaveLength(2);
    expect(doc.trend[1]?.bySeverityFail['critical']).toBe(doc.summary.bySeverity['critical']?.['FAIL']);
    expect(existsSync(join(dir, 'home', '.local'))).toBe(false);

    const list = await runCli(['history'], env());
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/2 scans/);
    expect(list.stdout).toMatch(/critical +\d+ → +\d+ {2}\(0\)/);
    const json = await runCli(['history', '--format', 'json', '--account', '123456789012'], env());
    const parsed = JSON.parse(json.stdout) as { scans: unknown[]; trend: Record<string, unknown[]> };
    expect(parsed.scans).toHaveLength(2);
    expect(parsed.trend['123456789012']).toHaveLength(2);
    const none = await runCli(['history', '--account', '000000000000'], env());
    expect(none.stdout).toMatch(/No scans recorded/);
  });

  it('refuses a corrupt database before evaluating, exit 2, file untouched', async () => {
    const path = join(dir, 'corrupt.sqlite');
    writeFileSync(path, 'SQLite format 3\u0000 but then garbage all the way down');
    const before = readFileSync(path);
    for (const args of [
      ['evaluate', DEMO, '--history', path],
      ['history', '--db', path],
    ]) {
      const r = await runCli(args, env());
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/corrupt\.sqlite is not a usable Bulwark history database .*left untouched/);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stdout).toBe('');
    }
    expect(readFileSync(path).equals(before)).toBe(true);
    const missing = await runCli(['history', '--db', join(dir, 'none.sqlite')], env());
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/No history database at .*none\.sqlite/);
  });
});
