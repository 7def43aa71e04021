import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

// Needs `npm run build` first, like every CLI test.
describe('bulwark evaluate --format html', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bulwark-cli-html-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes bulwark-report.html beside the console summary', async () => {
    const r = await runCli(['evaluate', 'examples/demo-inventory.json', '--format', 'console,html', '--output-dir', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/findings:/);
    expect(readdirSync(dir)).toEqual(['bulwark-report.html']);
    const html = readFileSync(join(dir, 'bulwark-report.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<h3>CIS Amazon Web Services Foundations Benchmark 3.0.0</h3>');
    expect(html).toContain('id="bulwark-data"');
  });

  it('prints the page to stdout when it is the only format and there is no directory', async () => {
    const r = await runCli(['evaluate', 'examples/demo-inventory.json', '--format', 'html']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>\n$/);
  });
});
