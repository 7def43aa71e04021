/**
 * Several formats in one run: each file lands in --output-dir under its documented name, and
 * each agrees with the findings document of the same run.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { runCli, baseEnv, type CliResult } from './run-cli.js';
import type { FindingsDocument } from '../../src/evaluate/finding.js';
import { tempDir } from '../temp.js';

const DEMO = 'examples/demo-inventory.json';
const FORMATS = 'json,ocsf,asff,sarif,csv,junit';

describe(`bulwark evaluate --format ${FORMATS} --output-dir`, () => {
  const out = tempDir('bulwark-formats-');
  let r: CliResult;
  let doc: FindingsDocument;
  const read = (name: string) => readFileSync(join(out, name), 'utf8');

  beforeAll(async () => {
    r = await runCli(['evaluate', DEMO, '--format', FORMATS, '--output-dir', out], baseEnv());
    doc = JSON.parse(read('bulwark-findings.json')) as FindingsDocument;
  }, 180_000);

  it('writes one file per format and nothing on stdout', () => {
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readdirSync(out).sort()).toEqual(
      [
        'bulwark-findings.asff.json',
        'bulwark-findings.csv',
        'bulwark-findings.json',
        'bulwark-findings.junit.xml',
        'bulwark-findings.ocsf.json',
        'bulwark-findings.sarif',
      ].sort(),
    );
  });

  it('each file holds the same findings as the JSON document', () => {
    const n = doc.findings.length;
    expect(n).toBeGreaterThan(100);
    expect((JSON.parse(read('bulwark-findings.ocsf.json')) as unknown[]).length).toBe(n);
    const batches = JSON.parse(read('bulwark-findings.asff.json')) as unknown[][];
    expect(batches.every((b) => b.length <= 100)).toBe(true);
    expect(batches.flat().length).toBe(n);
    const sarif = JSON.parse(read('bulwark-findings.sarif')) as { runs: { results: unknown[] }[] };
    expect(sarif.runs[0]?.results.length).toBe(doc.summary.byStatus['FAIL']);
    const csv = read('bulwark-findings.csv');
    expect(csv.endsWith('\r\n')).toBe(true);
    const junit = read('bulwark-findings.junit.xml');
    expect(XMLValidator.validate(junit)).toBe(true);
    expect(junit).toContain(`<testsuites name="bulwark ${doc.account.id}" tests="${n}" failures="${doc.summary.byStatus['FAIL']}"`);
  });

  it('prints a single machine format on stdout without --output-dir', async () => {
    const one = await runCli(['evaluate', DEMO, '--format', 'sarif'], baseEnv());
    expect(one.code).toBe(0);
    expect((JSON.parse(one.stdout) as { version: string }).version).toBe('2.1.0');
  }, 120_000);
});
