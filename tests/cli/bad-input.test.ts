import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { runCli, baseEnv, type CliResult } from './run-cli.js';
import { startMoto, type Moto } from '../moto.js';
import { buildInventory } from '../builders/index.js';
import { tempDir } from '../temp.js';

const dir = tempDir('bulwark-bad-input-');
const write = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

/** One line on stderr, no stack trace, nothing on stdout. */
function expectCleanError(r: CliResult, code: number, pattern: RegExp) {
  expect(r.code).toBe(code);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at .+\(.*:\d+:\d+\)/);
  expect(
    r.stderr
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('bulwark:')).length,
  ).toBeLessThanOrEqual(1);
}

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 1));
    });
  });
}

describe('bad input gets a one-line error and exit code 2 or 3', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto({ loadManagedPolicies: false });
  });
  afterAll(async () => {
    await moto?.stop();
  });

  it('missing credentials: exit 3', async () => {
    const r = await runCli(['scan', '--region', 'us-east-1'], baseEnv({ AWS_REGION: 'us-east-1' }));
    expectCleanError(r, 3, /^bulwark: No AWS credentials found/m);
  });

  it('unreachable endpoint: exit 3 naming the endpoint', async () => {
    const port = await closedPort();
    const r = await runCli(
      ['scan', '--region', 'us-east-1'],
      baseEnv({
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: 'testing',
        AWS_SECRET_ACCESS_KEY: 'testing',
        AWS_ENDPOINT_URL: `http://127.0.0.1:${port}`,
        AWS_MAX_ATTEMPTS: '1',
      }),
    );
    expectCleanError(r, 3, new RegExp(`Cannot reach the AWS endpoint at http://127.0.0.1:${port}: ECONNREFUSED`));
  });

  it('malformed region name: exit 2 before any AWS call', async () => {
    const r = await runCli(['scan', '--region', 'us-east-1,mars-1']);
    expectCleanError(r, 2, /Unknown region "mars-1"/);
  });

  it('well-formed but unknown region: exit 2 after discovery', async () => {
    const r = await runCli(['scan', '--region', 'xx-fake-9', '--service', 'ec2'], { ...baseEnv(), ...moto.env });
    expectCleanError(r, 2, /Unknown region "xx-fake-9": not an AWS region/);
  });

  it('unknown check: exit 2 with a hint', async () => {
    const r = await runCli(['scan', '--check', 'no-such-check']);
    expectCleanError(r, 2, /Unknown check "no-such-check"/);
  });

  it('unknown service: exit 2 listing known services', async () => {
    const r = await runCli(['scan', '--service', 'nosuchservice']);
    expectCleanError(r, 2, /Unknown service "nosuchservice"\. Known services: .*iam/);
  });

  it('unknown format and unknown option: exit 2', async () => {
    expectCleanError(await runCli(['evaluate', 'x.json', '--format', 'pdf']), 2, /Unknown format "pdf"/);
    const r = await runCli(['scan', '--no-such-flag']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option '--no-such-flag'/);
  });

  it('malformed inventory files: exit 2, one line each', async () => {
    expectCleanError(await runCli(['evaluate', join(dir, 'missing.json')]), 2, /Cannot read inventory .*missing\.json: ENOENT/);
    expectCleanError(await runCli(['evaluate', write('garbage.json', '{"kind": "bulwark-inv')]), 2, /is not valid JSON/);
    expectCleanError(await runCli(['evaluate', write('other.json', '{"hello": 1}')]), 2, /is not a Bulwark inventory/);
    expectCleanError(
      await runCli(['evaluate', write('v9.json', '{"kind": "bulwark-inventory", "schemaVersion": 9}')]),
      2,
      /schema version 9; this Bulwark reads version 1/,
    );
    const bad = {
      kind: 'bulwark-inventory',
      schemaVersion: 1,
      tool: { name: 'bulwark', version: 'x' },
      account: { id: 'not-an-id', partition: 'aws', callerArn: 'x' },
      startedAt: 'x',
      finishedAt: 'x',
      regions: { scanned: [], skipped: [] },
    };
    expectCleanError(await runCli(['evaluate', write('bad.json', JSON.stringify(bad))]), 2, /is not a valid inventory: account\.id/);
  });

  it('an empty --output-dir is a usage error, not stdout', async () => {
    expectCleanError(
      await runCli(['evaluate', 'x.json', '--format', 'json', '--output-dir', '']),
      2,
      /--output-dir needs a directory name/,
    );
  });

  it('a bad --rate-limits file: exit 2 before any AWS call', async () => {
    const file = write('limits.json', '{"nosuch": {"ratePerSecond": 1, "burst": 1}}');
    // The endpoint is closed: had the scan started, it would exit 3, not 2.
    const r = await runCli(['scan', '--rate-limits', file], { ...baseEnv(), AWS_ENDPOINT_URL: `http://127.0.0.1:${await closedPort()}` });
    expectCleanError(r, 2, /--rate-limits: .*"nosuch" is not a service Bulwark calls/);
  });

  it('bad --as-of: exit 2', async () => {
    expectCleanError(await runCli(['evaluate', 'x.json', '--as-of', 'yesterday']), 2, /--as-of "yesterday" is not an ISO-8601/);
  });

  it('an impossible calendar date in --as-of is rejected, not rolled over (2026-02-30 is not March 2)', async () => {
    expectCleanError(await runCli(['evaluate', 'x.json', '--as-of', '2026-02-30']), 2, /--as-of "2026-02-30" is not an ISO-8601/);
    expectCleanError(await runCli(['evaluate', 'x.json', '--as-of', '2026-12-01T25:00:00Z']), 2, /--as-of .* is not an ISO-8601/);
  });

  it('an empty --region, --service or --check is a usage error, never "everything"', async () => {
    expectCleanError(await runCli(['scan', '--region', '']), 2, /--region needs region names/);
    expectCleanError(await runCli(['scan', '--service', '']), 2, /--service needs at least one name/);
    expectCleanError(await runCli(['evaluate', 'x.json', '--check', ' , ']), 2, /--check needs at least one name/);
    expectCleanError(await runCli(['scan', '--region', 'all,us-east-1']), 2, /"all" cannot be combined with region names/);
  });

  it('collect --output that is a directory or empty fails before any AWS call', async () => {
    const out = tempDir('bulwark-out-');
    // With moto reachable, the old code collected everything and then failed to rename onto the directory (exit 3).
    expectCleanError(
      await runCli(['collect', '-o', out, '--region', 'us-east-1', '--service', 's3'], { ...baseEnv(), ...moto.env }),
      2,
      /--output .* is a directory/,
    );
    expectCleanError(
      await runCli(['collect', '-o', '', '--region', 'us-east-1'], { ...baseEnv(), ...moto.env }),
      2,
      /--output needs a file name/,
    );
    expect(readdirSync(out)).toEqual([]);
  });

  it('an inventory whose collection time is not a time: exit 2, not an "unexpected error"', async () => {
    const inv = { ...buildInventory(), finishedAt: 'garbage' };
    expectCleanError(
      await runCli(['evaluate', write('bad-time.json', JSON.stringify(inv))]),
      2,
      /bad-time\.json is not a valid inventory: finishedAt: not an ISO-8601 time/,
    );
  });

  it('escapes control characters quoted in an error message', async () => {
    const r = await runCli(['evaluate', join(dir, 'evil\u001b]0;pwned\u0007.json')]);
    expectCleanError(r, 2, /Cannot read inventory .*evil\\u001b\]0;pwned\\u0007\.json: ENOENT/);
    expect(r.stderr).not.toContain('\u001b');
  });

  it('leaves no partial file behind when collection cannot start', async () => {
    const out = tempDir('bulwark-out-');
    const r = await runCli(['collect', '-o', join(out, 'inv.json'), '--region', 'us-east-1'], baseEnv({ AWS_REGION: 'us-east-1' }));
    expect(r.code).toBe(3);
    expect(readdirSync(out)).toEqual([]);
  });
});
