/**
 * The progress display appears only on a terminal: the CLI runs under `script`, which gives it a
 * pseudo-terminal, against a test moto.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { startMoto, type Moto } from '../moto.js';
import { baseEnv, CLI } from './run-cli.js';

const hasScript = spawnSync('script', ['--version']).status === 0;

describe.skipIf(!hasScript)('progress on a TTY', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto({ loadManagedPolicies: false });
  });
  afterAll(async () => moto?.stop());

  it('draws a services x regions progress line, then the report', () => {
    const env = { ...baseEnv(), ...moto.env, TERM: 'xterm' };
    delete (env as Record<string, string | undefined>)['CI'];
    const r = spawnSync(
      'script',
      [
        '-qefc',
        `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} scan --service ec2,s3 --region us-east-1,eu-west-1`,
        '/dev/null',
      ],
      { env, encoding: 'utf8', timeout: 120_000 },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Collecting \d+\/\d+ service×region units/);
    expect(r.stdout).toContain('\r\u001b[2K');
    expect(r.stdout).toMatch(/By service/);
  });
});
