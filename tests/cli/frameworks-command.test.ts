import { describe, it, expect } from 'vitest';
import { runCli } from './run-cli.js';
import { FindingsDocumentSchema } from '../../src/evaluate/finding.js';

const DEMO = 'examples/demo-inventory.json';

describe('bulwark frameworks', () => {
  it('lists every framework with its coverage (console and JSON agree)', async () => {
    const text = await runCli(['frameworks']);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^cis-5\.0 +CIS Amazon Web Services Foundations Benchmark v5\.0\.0$/m);
    const json = await runCli(['frameworks', '--format', 'json']);
    const doc = JSON.parse(json.stdout) as { frameworks: { id: string; controls: number; manual?: { total: number } }[] };
    expect(doc.frameworks.map((f) => f.id)).toEqual(['fsbp', 'cis-3.0', 'cis-5.0', 'checklist']);
    expect(doc.frameworks.find((f) => f.id === 'cis-3.0')).toMatchObject({ controls: 62, manual: { total: 8 } });
    expect(doc.frameworks.find((f) => f.id === 'cis-5.0')).toMatchObject({ controls: 63, manual: { total: 28 } });
  });
});

describe('--framework', () => {
  it('runs only that framework’s checks and ends the console report with its compliance view', async () => {
    const r = await runCli(['evaluate', DEMO, '--framework', 'cis-5.0']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/CIS Amazon Web Services Foundations Benchmark v5\.0\.0: \d+\.\d% of judged controls pass/);
    expect(r.stdout).toMatch(/^ {4}5\.1\.2 +PASS +Ensure CIFS access is restricted/m);
    expect(r.stdout).toMatch(/^ {4}5\.6 +MANUAL /m);
  });

  it('carries a compliance block per framework in the JSON document, with the same numbers', async () => {
    const r = await runCli(['evaluate', DEMO, '--framework', 'cis-3.0', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = FindingsDocumentSchema.parse(JSON.parse(r.stdout));
    expect(doc.compliance.map((c) => c.framework)).toEqual(['fsbp', 'cis-3.0', 'cis-5.0', 'checklist']);
    // Every evaluated check reports under CIS v3.0.0.
    for (const c of doc.checks) expect(c.frameworks['cis-3.0'].length, c.id).toBeGreaterThan(0);
    const cis = doc.compliance.find((c) => c.framework === 'cis-3.0');
    const total = Object.values(cis?.byStatus ?? {}).reduce((a, b) => a + b, 0);
    expect(total).toBe(62);
    const sectionSum = (cis?.sections ?? []).reduce((a, s) => a + s.controls.length, 0);
    expect(sectionSum).toBe(62);
  });

  it('refuses an unknown framework before reading anything (exit 2, one line)', async () => {
    const r = await runCli(['evaluate', DEMO, '--framework', 'cis-9.9']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('Unknown framework "cis-9.9". Known frameworks: fsbp, cis-3.0, cis-5.0, checklist');
  });
});
