import { describe, it, expect } from 'vitest';
import { writeFileSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './run-cli.js';
import type { FindingsDocument } from '../../src/evaluate/finding.js';
import { tempDir } from '../temp.js';

/** Exit codes (README "Exit codes"), --fail-on, --mutelist and repeated list flags, on the built CLI. */
const DEMO = fileURLToPath(new URL('../../examples/demo-inventory.json', import.meta.url));
const dir = tempDir('bulwark-gating-');
const write = (name: string, text: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const json = (stdout: string) => JSON.parse(stdout) as FindingsDocument;

describe('--fail-on', () => {
  it('exits 1 when an unmuted FAIL at or above the threshold exists, after writing the reports', async () => {
    const out = join(dir, 'out-fail');
    const r = await runCli(['evaluate', DEMO, '--format', 'console,json', '--output-dir', out, '--fail-on', 'critical']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Failed checks, worst first/);
    expect(readdirSync(out)).toContain('bulwark-findings.json');
  });

  it('exits 0 when the selected checks have no FAIL', async () => {
    const r = await runCli(['evaluate', DEMO, '--check', 'ec2-image-not-public', '--fail-on', 'low']);
    expect(r.code).toBe(0);
  });

  it('exits 0 without --fail-on, whatever the findings', async () => {
    expect((await runCli(['evaluate', DEMO, '--format', 'json'])).code).toBe(0);
  });

  it('a bad value is a usage error (2)', async () => {
    const r = await runCli(['evaluate', DEMO, '--fail-on', 'severe']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--fail-on <severity>' argument 'severe' is invalid.*critical, high, medium, low/);
  });
});

describe('--mutelist', () => {
  it('muted criticals no longer fail the gate; they stay in the report as MUTED with their rule', async () => {
    const ml = write(
      'criticals.yaml',
      ['rules:', '  - check: "*"', '    resource: "*"', '    reason: Accepted for the demo', '    expires: 2999-01-01', ''].join('\n'),
    );
    const r = await runCli(['evaluate', DEMO, '--format', 'json', '--mutelist', ml, '--fail-on', 'low']);
    expect(r.code).toBe(0);
    const doc = json(r.stdout);
    expect(doc.summary.byStatus['FAIL']).toBe(0);
    expect(doc.summary.byStatus['MUTED']).toBeGreaterThan(300);
    expect(doc.findings.find((f) => f.status === 'MUTED')?.muted).toMatchObject({
      originalStatus: 'FAIL',
      reason: 'Accepted for the demo',
      rule: `${ml} rule 1 (line 2)`,
      expires: '2999-01-01',
    });
    expect(doc.mutelist).toMatchObject({ file: ml, rules: 1, expired: [] });
  });

  it('matches tags the inventory holds (EFS Name tags in the demo)', async () => {
    const ml = write('tags.yaml', 'rules:\n  - tags: {Name: demo-scratch}\n    reason: Scratch space\n');
    const doc = json((await runCli(['evaluate', DEMO, '--format', 'json', '--mutelist', ml])).stdout);
    const status = (arn: string) => [
      ...new Set(doc.findings.filter((f) => f.resourceArn.endsWith(arn) && f.status !== 'PASS').map((f) => f.status)),
    ];
    // The demo's file-system ids change when it is regenerated: find them by their Name tag.
    const demo = JSON.parse(readFileSync(DEMO, 'utf8')) as {
      efs: { regions: Record<string, { fileSystems: { value: { arn: string; name: string }[] } }> };
    };
    const fileSystems = Object.values(demo.efs.regions).flatMap((r) => r.fileSystems.value);
    const arnOf = (name: string) => fileSystems.find((f) => f.name === name)!.arn;
    expect(status(arnOf('demo-scratch'))).toEqual(['MUTED']);
    expect(status(arnOf('demo-shared'))).toEqual(['FAIL']);
  });

  it('an expired rule mutes nothing, warns on stderr and is listed in the JSON document', async () => {
    const ml = write('expired.yaml', 'rules:\n  - check: s3-*\n    reason: Old\n    expires: 2020-01-01\n');
    const r = await runCli(['evaluate', DEMO, '--format', 'json', '--mutelist', ml]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`bulwark: warning: ${ml} rule 1 (line 2) expired on 2020-01-01`);
    const doc = json(r.stdout);
    expect(doc.summary.byStatus['MUTED']).toBe(0);
    expect(doc.mutelist?.expired[0]).toMatchObject({ expires: '2020-01-01', reason: 'Old' });
  });

  it('a malformed file is exit 2 with file:line, before reading the inventory or any AWS call', async () => {
    const ml = write('bad.yaml', 'rules:\n  - check: s3-*\n    reason: ok\n  - check: iam-*\n');
    const r = await runCli(['evaluate', join(dir, 'missing-inventory.json'), '--mutelist', ml]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe(`bulwark: ${ml}:4: rule 2: "reason" is required`);
    // scan: without credentials it would exit 3; exit 2 shows the file was checked first.
    const s = await runCli(['scan', '--mutelist', ml]);
    expect(s.code).toBe(2);
    expect(s.stderr).toContain(`${ml}:4: rule 2`);
    expect((await runCli(['evaluate', DEMO, '--mutelist', join(dir, 'nope.yaml')])).stderr).toMatch(/Cannot read mutelist .*ENOENT/);
  });
});

describe('list flags and input files', () => {
  it('repeated --check values are merged, not replaced', async () => {
    const r = await runCli(['evaluate', DEMO, '--format', 'json', '--check', 'ec2-image-not-public', '--check', 'rds-snapshot-private']);
    expect(
      json(r.stdout)
        .checks.map((c) => c.id)
        .sort(),
    ).toEqual(['ec2-image-not-public', 'rds-snapshot-private']);
  });

  it('repeated --region values are merged (validated together, before any AWS call)', async () => {
    const r = await runCli(['scan', '--region', 'all', '--region', 'us-east-1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"all" cannot be combined with region names/);
    const bad = await runCli(['scan', '--region', 'us-east-1', '--region', 'xx-bogus']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Unknown region "xx-bogus"/);
  });

  it('an inventory saved with a UTF-8 byte-order mark is evaluated', async () => {
    const bom = write('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(DEMO)]));
    const r = await runCli(['evaluate', bom, '--check', 'ec2-image-not-public', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(json(r.stdout).checks).toHaveLength(1);
  });
});
