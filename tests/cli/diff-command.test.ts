import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.js';
import { newDocument, oldDocument } from '../diff/fixtures.js';

describe('bulwark diff (built CLI)', () => {
  let dir: string;
  const file = (name: string) => join(dir, name);
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bulwark-diff-'));
    writeFileSync(file('old.json'), JSON.stringify(oldDocument()));
    // A byte order mark, as PowerShell's Out-File writes one.
    writeFileSync(file('new.json'), `\uFEFF${JSON.stringify(newDocument())}`);
    writeFileSync(file('broken.json'), '{"schemaVersion": 1, "findings": [');
    writeFileSync(file('inventory.json'), '{"kind": "bulwark-inventory", "schemaVersion": 1}');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints new, fixed and still-failing findings and exits 0', async () => {
    const r = await runCli(['diff', file('old.json'), file('new.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/New failures \(3\)/);
    expect(r.stdout).toMatch(/Fixed \(2\)/);
    expect(r.stdout).toMatch(/No longer judged \(2\): failed before, could not be evaluated now: not fixed/);
    expect(r.stdout).toMatch(/warning: 1 checks only in OLD/);
  });

  it('writes json and markdown to stdout, warnings to stderr', async () => {
    const json = await runCli(['diff', file('old.json'), file('new.json'), '--format', 'json']);
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as { fixed: unknown[] }).fixed).toHaveLength(2);
    expect(json.stderr).toMatch(/bulwark: warning: Regions scanned differ/);
    const md = await runCli(['diff', file('old.json'), file('new.json'), '--format', 'markdown']);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^## Bulwark: changes since the previous scan/);
  });

  it('--fail-on-new exits 1 only for new failures at or above the severity', async () => {
    const gated = await runCli(['diff', file('old.json'), file('new.json'), '--fail-on-new', 'high']);
    expect(gated.code).toBe(1);
    expect(gated.stderr).toMatch(/2 new failures of severity high or above/);
    const same = await runCli(['diff', file('new.json'), file('new.json'), '--fail-on-new', 'low']);
    expect(same.code).toBe(0);
    const bad = await runCli(['diff', file('old.json'), file('new.json'), '--fail-on-new', 'severe']);
    expect(bad.code).toBe(2);
  });

  it('rejects malformed or missing input with one line and exit 2', async () => {
    for (const [args, message] of [
      [[file('old.json'), file('broken.json')], /broken\.json is not valid JSON/],
      [[file('inventory.json'), file('new.json')], /inventory\.json is not a Bulwark findings document/],
      [[file('missing.json'), file('new.json')], /Cannot read findings document .*missing\.json: ENOENT/],
    ] as const) {
      const r = await runCli(['diff', ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stdout).toBe('');
    }
  });
});
