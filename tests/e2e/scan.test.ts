/**
 * End to end: the built CLI scans a seeded moto account in two regions over HTTP, and its JSON
 * output is asserted finding by finding (expected findings come from each service's seeder).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startMoto, TEST_CREDENTIALS, type Moto } from '../moto.js';
import { seedAll } from '../seed/index.js';
import type { ExpectedFinding } from '../seed/expected.js';
import { runCli, baseEnv } from '../cli/run-cli.js';
import { FindingsDocumentSchema, type FindingsDocument } from '../../src/evaluate/finding.js';
import { ClientFactory } from '../../src/collect/aws/clients.js';
import { planRegions } from '../../src/collect/aws/regions.js';
import { collectInventory } from '../../src/collect/run.js';
import { createReader } from '../../src/collect/kit/read.js';
import { SECTION_KEYS } from '../../src/model/inventory.js';
import { READ_ONLY_ACTION } from '../../src/collect/scanner-policy.js';
import { allChecks } from '../../src/checks/index.js';
import { tempDir } from '../temp.js';

const REGIONS = ['us-east-1', 'eu-west-1'];

describe('bulwark scan against a seeded moto account', () => {
  let moto: Moto;
  let expected: ExpectedFinding[];
  let doc: FindingsDocument;
  let stdout: string;
  let stderr: string;
  let code: number | null;
  const outDir = tempDir('bulwark-e2e-');

  beforeAll(async () => {
    moto = await startMoto();
    expected = await seedAll(moto, REGIONS);
    const r = await runCli(['scan', '--region', REGIONS.join(','), '--format', 'json'], { ...baseEnv(), ...moto.env });
    ({ stdout, stderr, code } = r);
    doc = JSON.parse(stdout) as FindingsDocument;
  }, 300_000);
  afterAll(async () => moto?.stop());

  it('exits 0 and prints only the findings document on stdout', () => {
    expect(code, stderr).toBe(0);
    const parsed = FindingsDocumentSchema.safeParse(doc);
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
    expect(doc.account.id).toBe('123456789012');
    expect(doc.regions.scanned).toEqual([...REGIONS].sort());
  });

  it('evaluates every check, each at least once', () => {
    expect(new Set(doc.findings.map((f) => f.checkId))).toEqual(new Set(allChecks.map((c) => c.id)));
    expect(doc.checks).toHaveLength(allChecks.length);
    expect(doc.summary.total).toBe(doc.findings.length);
  });

  it('reports every seeded resource with the expected status', () => {
    expect(expected.length).toBeGreaterThan(20);
    const missing = expected.filter(
      (e) => !doc.findings.some((f) => f.checkId === e.checkId && f.resourceArn === e.resourceArn && f.status === e.status),
    );
    const describe = (e: ExpectedFinding) => {
      const got = doc.findings
        .filter((f) => f.checkId === e.checkId && f.resourceArn === e.resourceArn)
        .map((f) => `${f.status}: ${f.reason}`);
      return `${e.checkId} ${e.resourceArn} expected ${e.status}, got ${got.length ? got.join(' | ') : 'nothing'}`;
    };
    expect(missing.map(describe)).toEqual([]);
  });

  it('finds failures in both regions', () => {
    const failedRegions = new Set(doc.findings.filter((f) => f.status === 'FAIL').map((f) => f.region));
    for (const r of REGIONS) expect(failedRegions).toContain(r);
  });

  it('never passes a check whose data could not be read', () => {
    for (const f of doc.findings.filter((x) => x.status === 'UNKNOWN' && x.errors)) {
      expect(f.reason).toMatch(/[a-z0-9-]+:[A-Za-z]+/);
    }
  });

  it('writes the findings and the inventory into --output-dir, and evaluate reproduces the findings', async () => {
    const r = await runCli(
      ['scan', '--region', REGIONS.join(','), '--format', 'json', '--output-dir', outDir, '--as-of', '2026-12-01T00:00:00Z'],
      { ...baseEnv(), ...moto.env },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(readdirSync(outDir).sort()).toEqual(['bulwark-findings.json', 'bulwark-inventory.json']);
    const fromScan = JSON.parse(readFileSync(join(outDir, 'bulwark-findings.json'), 'utf8')) as FindingsDocument;
    const again = await runCli(['evaluate', join(outDir, 'bulwark-inventory.json'), '--format', 'json', '--as-of', '2026-12-01T00:00:00Z']);
    expect(again.code, again.stderr).toBe(0);
    const fromEvaluate = JSON.parse(again.stdout) as FindingsDocument;
    const key = (d: FindingsDocument) => d.findings.map((f) => `${f.checkId}|${f.resourceArn}|${f.status}|${f.reason}`);
    expect(key(fromEvaluate)).toEqual(key(fromScan));
  });

  it('prints a console report with the summary and failures worst first', async () => {
    const r = await runCli(['scan', '--region', 'us-east-1', '--service', 'ec2,s3'], { ...baseEnv(), ...moto.env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Failed by severity/);
    expect(r.stdout).toMatch(/By service/);
    expect(r.stdout).not.toContain('\u001b['); // not a TTY: no colour codes
    expect(r.stderr).toBe(''); // not a TTY: no progress display
  });

  it('the shipped read-only policy covers every action the collectors call', async () => {
    const clients = new ClientFactory({ credentials: async () => TEST_CREDENTIALS, endpoint: moto.endpoint, maxAttempts: 1 });
    const session = {
      accountId: '123456789012',
      partition: 'aws',
      callerArn: 'arn:aws:iam::123456789012:user/moto',
      homeRegion: 'us-east-1',
      clients,
    };
    const reader = createReader();
    await collectInventory({
      session,
      regions: await planRegions(session, REGIONS, reader),
      reader,
      sections: SECTION_KEYS,
      tool: { name: 'bulwark', version: 'test' },
    });
    clients.destroy();
    const policy = JSON.parse(readFileSync(new URL('../../examples/bulwark-readonly-policy.json', import.meta.url), 'utf8')) as {
      Statement: { Action: string[] }[];
    };
    const allowed = new Set(policy.Statement.flatMap((s) => s.Action));
    expect([...reader.actions].filter((a) => !allowed.has(a))).toEqual([]);
    for (const a of allowed) expect(a).toMatch(READ_ONLY_ACTION);
  });
});

describe('collect then evaluate a partial inventory', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
    await seedAll(moto, REGIONS);
  }, 120_000);
  afterAll(async () => moto?.stop());

  it('evaluates like the scan of the same services', async () => {
    const dir = tempDir('bulwark-partial-');
    const inv = join(dir, 'inv.json');
    const env = { ...baseEnv(), ...moto.env };
    const c = await runCli(['collect', '--service', 'ec2,s3', '--region', REGIONS.join(','), '-o', inv], env);
    expect(c.code, c.stderr).toBe(0);
    expect(c.stdout).toBe('');
    expect(c.stderr).toMatch(/Inventory of account 123456789012 \(2 regions\) written to/);
    const e = await runCli(['evaluate', inv, '--format', 'json', '--as-of', '2026-12-01T00:00:00Z'], env);
    expect(e.code, e.stderr).toBe(0);
    // ec2 includes the user-data secrets check, which reads its own section (one call per instance).
    expect(e.stderr).toMatch(/Evaluating the \d+ checks whose data .* holds \(sections: s3, ec2, ec2userdata\)/);
    const s = await runCli(
      ['scan', '--service', 'ec2,s3', '--region', REGIONS.join(','), '--format', 'json', '--as-of', '2026-12-01T00:00:00Z'],
      env,
    );
    const key = (d: FindingsDocument) => d.findings.map((f) => `${f.checkId}|${f.resourceArn}|${f.status}`).sort();
    expect(key(JSON.parse(e.stdout) as FindingsDocument)).toEqual(key(JSON.parse(s.stdout) as FindingsDocument));
  });
});
