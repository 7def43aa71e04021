/**
 * `--export securityhub` against moto's Security Hub over HTTP: the ASFF batches are imported with
 * BatchImportFindings and read back with GetFindings; a failed import exits 3 and keeps the reports.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SecurityHubClient, GetFindingsCommand, EnableSecurityHubCommand, type AwsSecurityFinding } from '@aws-sdk/client-securityhub';
import { startMoto, seedConfig, TEST_CREDENTIALS, type Moto } from '../moto.js';
import { runCli, baseEnv } from '../cli/run-cli.js';
import { exportToSecurityHub } from '../../src/export/securityhub.js';
import { asffBatches } from '../../src/report/asff.js';
import { machineDoc } from '../report/machine/fixture.js';
import { tempDir } from '../temp.js';

const DEMO = 'examples/demo-inventory.json';

async function allFindings(client: SecurityHubClient): Promise<AwsSecurityFinding[]> {
  const found: AwsSecurityFinding[] = [];
  let NextToken: string | undefined;
  do {
    const page = await client.send(new GetFindingsCommand({ MaxResults: 100, ...(NextToken ? { NextToken } : {}) }));
    found.push(...(page.Findings ?? []));
    NextToken = page.NextToken;
  } while (NextToken);
  return found;
}

describe('export to Security Hub', () => {
  let moto: Moto;
  let client: SecurityHubClient;

  beforeAll(async () => {
    moto = await startMoto({ loadManagedPolicies: false });
    client = new SecurityHubClient(seedConfig(moto));
    await client.send(new EnableSecurityHubCommand({})).catch(() => undefined);
  }, 120_000);
  afterAll(async () => {
    client?.destroy();
    await moto?.stop();
  });

  it('imports every finding of the fixed document and reads them back as written', async () => {
    await moto.reset();
    const doc = machineDoc({ hostile: true });
    const batches = asffBatches(doc, { homeRegion: 'us-east-1' });
    const result = await exportToSecurityHub(batches, {
      region: 'us-east-1',
      endpoint: moto.endpoint,
      credentials: TEST_CREDENTIALS,
    });
    expect(result).toEqual({ imported: doc.findings.length, failed: 0, problems: [] });
    const back = await allFindings(client);
    const sent = batches.flat();
    expect(back.map((f) => f.Id).sort()).toEqual(sent.map((f) => f.Id).sort());
    for (const f of sent) {
      const got = back.find((b) => b.Id === f.Id);
      expect(got?.GeneratorId).toBe(f.GeneratorId);
      expect(got?.Title).toBe(f.Title);
      expect(got?.Description).toBe(f.Description);
      expect(got?.Compliance?.Status).toBe(f.Compliance.Status);
      expect(got?.Resources?.[0]?.Id).toBe(f.Resources[0]?.Id);
      expect(got?.Severity?.Label).toBe(f.Severity.Label);
    }
    expect(back.find((b) => b.Resources?.[0]?.Type === 'AwsAccount')?.Resources?.[0]?.Id).toBe(`AWS::::Account:${doc.account.id}`);
  });

  it('bulwark evaluate --export securityhub writes the reports, then imports the demo findings in batches of 100', async () => {
    await moto.reset();
    const out = tempDir('bulwark-export-');
    const r = await runCli(['evaluate', DEMO, '--format', 'json,asff', '--output-dir', out, '--export', 'securityhub'], {
      ...baseEnv(),
      ...moto.env,
    });
    expect(r.stderr).toMatch(/Imported \d+ findings into Security Hub in us-east-1\./);
    expect(r.code).toBe(0);
    const doc = JSON.parse(readFileSync(join(out, 'bulwark-findings.json'), 'utf8')) as { findings: unknown[] };
    const batches = JSON.parse(readFileSync(join(out, 'bulwark-findings.asff.json'), 'utf8')) as { Id: string }[][];
    expect(batches.length).toBe(Math.ceil(doc.findings.length / 100));
    const back = await allFindings(client);
    expect(back.length).toBe(doc.findings.length);
    expect(new Set(back.map((f) => f.Id))).toEqual(new Set(batches.flat().map((f) => f.Id)));
  }, 180_000);

  it('a failed import exits 3 with a one-line reason and keeps the reports already written', async () => {
    const out = tempDir('bulwark-export-');
    // Nothing listens on port 9 of the loopback: every BatchImportFindings call is refused.
    const r = await runCli(['evaluate', DEMO, '--format', 'json,asff', '--output-dir', out, '--export', 'securityhub'], {
      ...baseEnv(),
      ...moto.env,
      AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
      AWS_MAX_ATTEMPTS: '1',
    });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      /^bulwark: Security Hub export \(securityhub\) incomplete: imported 0 of \d+ findings into Security Hub in us-east-1/m,
    );
    expect(r.stderr).toContain('The reports were written');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(out, 'bulwark-findings.json'))).toBe(true);
    expect(existsSync(join(out, 'bulwark-findings.asff.json'))).toBe(true);
  }, 120_000);

  it('an unknown --export target is a usage error before anything is written', async () => {
    const out = tempDir('bulwark-export-');
    const r = await runCli(['evaluate', DEMO, '--format', 'json', '--output-dir', out, '--export', 'splunk'], baseEnv());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unknown --export target "splunk". Known targets: securityhub.');
    expect(existsSync(join(out, 'bulwark-findings.json'))).toBe(false);
  });
});
