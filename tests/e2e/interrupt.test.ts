/**
 * Ctrl-C during collection: the scan stops calling AWS, reports what it read (the rest is
 * UNKNOWN, never PASS), saves the inventory, and exits 130.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startMoto, type Moto } from '../moto.js';
import { seedAll } from '../seed/index.js';
import { baseEnv, CLI } from '../cli/run-cli.js';
import type { FindingsDocument } from '../../src/evaluate/finding.js';
import { tempDir } from '../temp.js';

describe('interrupting a scan', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
    await seedAll(moto, ['us-east-1', 'eu-west-1']);
  }, 120_000);
  afterAll(async () => moto?.stop());

  it('keeps what was read and marks the rest UNKNOWN', async () => {
    const out = tempDir('bulwark-int-');
    // One call at a time over every region takes ~17 s here: at 4 s it is well into collection.
    const child = spawn(process.execPath, [CLI, 'scan', '--region', 'all', '--concurrency', '1', '--format', 'json', '--output-dir', out], {
      env: { ...baseEnv(), ...moto.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    await new Promise((r) => setTimeout(r, 4000));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code, stderr).toBe(130);
    expect(stderr).toMatch(/interrupted; finishing with the data read so far/);
    expect(readdirSync(out).sort()).toEqual(['bulwark-findings.json', 'bulwark-inventory.json']);
    const doc = JSON.parse(readFileSync(join(out, 'bulwark-findings.json'), 'utf8')) as FindingsDocument;
    const interrupted = doc.findings.filter((f) => f.status === 'UNKNOWN' && /interrupted/.test(f.reason));
    expect(interrupted.length).toBeGreaterThan(0);
    expect(doc.errors.some((e) => /interrupted/.test(e.message))).toBe(true);
  }, 120_000);
});
