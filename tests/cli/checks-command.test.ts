import { describe, it, expect } from 'vitest';
import { runCli } from './run-cli.js';
import { allChecks } from '../../src/checks/index.js';

describe('bulwark checks', () => {
  it('--format json lists every check with its metadata and all three framework keys', async () => {
    const r = await runCli(['checks', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      schemaVersion: number;
      checks: {
        id: string;
        severity: string;
        frameworks: Record<string, string[]>;
        remediation: { summary: string; docs: string };
        rationale: string;
      }[];
    };
    expect(doc.schemaVersion).toBe(1);
    expect(doc.checks.map((c) => c.id)).toEqual(allChecks.map((c) => c.id));
    for (const c of doc.checks) {
      expect(Object.keys(c.frameworks).sort()).toEqual(['checklist', 'cis-3.0', 'cis-5.0', 'fsbp']);
      expect(c.remediation.docs).toMatch(/^https:\/\//);
      expect(c.rationale.length).toBeGreaterThan(0);
    }
    const s3 = doc.checks.find((c) => c.id === 's3-bucket-access-logging-enabled');
    expect(s3?.frameworks).toEqual({ fsbp: ['S3.9'], 'cis-3.0': [], 'cis-5.0': [], checklist: ['3.8'] });
  });

  it('prints one line per check on the console, with its framework IDs', async () => {
    const r = await runCli(['checks']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(allChecks.length + 1);
    expect(lines.at(-1)).toBe(`${allChecks.length} checks`);
    expect(r.stdout).toMatch(
      /iam-root-access-keys-absent\s+critical\s+The root user has no access keys\s+\[fsbp IAM\.4; cis-3\.0 1\.4; cis-5\.0 1\.3; checklist 1\.1\]/,
    );
  });

  it('rejects an unknown format with exit 2', async () => {
    const r = await runCli(['checks', '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Allowed choices are console, json/);
  });
});
