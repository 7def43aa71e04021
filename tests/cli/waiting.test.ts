/**
 * Saying what is being waited for: the status line names the call and endpoint outstanding for
 * seconds, and an endpoint that never answers ends, within the scan's --timeout, as one clear
 * line and exit code 3. `--timeout` is checked like every other flag, before any AWS call.
 */
import { describe, it, expect, afterAll, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createProgress, describeWaiting } from '../../src/cli/progress.js';
import { parseDuration } from '../../src/cli/duration.js';
import { baseEnv, CLI, runCli } from './run-cli.js';

const hasScript = spawnSync('script', ['--version']).status === 0;

function fakeTty() {
  const out: string[] = [];
  const stream = { isTTY: true, columns: 200, write: (s: string) => void out.push(s) } as unknown as NodeJS.WriteStream;
  return { stream, out };
}

describe('the waiting line', () => {
  it('names the action and endpoint with the seconds waited, before any unit has started', () => {
    const saved = process.env['CI'];
    delete process.env['CI'];
    try {
      const { stream, out } = fakeTty();
      const p = createProgress(stream);
      p.onWaiting({ action: 'sts:GetCallerIdentity', endpoint: 'https://sts.us-east-1.amazonaws.com', seconds: 3 });
      expect(out.join('')).toContain('waiting for sts:GetCallerIdentity at https://sts.us-east-1.amazonaws.com… (3s)');
      p.onEvent({ type: 'start', service: 'ec2', region: 'us-east-1' });
      p.onWaiting({ action: 'ec2:DescribeVpcs', endpoint: 'https://ec2.us-east-1.amazonaws.com', seconds: 4 });
      expect(out.at(-1)).toMatch(/Collecting 0\/1 service×region units - waiting for ec2:DescribeVpcs at .*\(4s\)$/);
      p.onWaiting(undefined);
      expect(out.at(-1)).toMatch(/Collecting 0\/1 service×region units - ec2$/);
      p.finish();
      expect(out.at(-1)).toBe('\r\u001b[2K');
    } finally {
      if (saved !== undefined) process.env['CI'] = saved;
    }
  });
  it('keeps terminal control characters out of the line', () => {
    expect(describeWaiting({ action: 'x:Y', endpoint: 'http://a\u001b[2Jb\n', seconds: 2 })).toBe(
      'waiting for x:Y at http://a\\u001b[2Jb\\n… (2s)',
    );
  });
});

describe('--timeout', () => {
  it.each([
    ['90s', 90_000],
    ['30m', 1_800_000],
    ['1h30m', 5_400_000],
    ['45', 45_000],
    ['1.5m', 90_000],
  ])('%s is %d ms', (v, ms) => expect(parseDuration(v, '--timeout')).toBe(ms));
  it.each(['', 'soon', '0s', '500ms', '25h', '10 m', '5x', '-5s', '1h-'])('%j is a usage error', (v) => {
    expect(() => parseDuration(v, '--timeout')).toThrow(/--timeout .* is not a duration between 1s and 24h/);
  });
  it('is rejected by the CLI before any AWS call (exit 2, one line)', async () => {
    const r = await runCli(['scan', '--timeout', 'forever'], baseEnv({ AWS_ENDPOINT_URL: 'http://127.0.0.1:9' }));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')[0]).toMatch(/--timeout "forever" is not a duration/);
  });
});

describe.skipIf(!hasScript)('an endpoint that never answers, on a terminal', () => {
  let server: Server;
  const sockets = new Set<Socket>();
  let endpoint = '';
  beforeAll(async () => {
    server = createServer((s) => {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise((r) => server.close(r));
  });

  it('says what it waits for, then fails with one line and exit 3 when the --timeout runs out', () => {
    const env = {
      ...baseEnv({ AWS_ENDPOINT_URL: endpoint, AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing', AWS_REGION: 'us-east-1' }),
      TERM: 'xterm',
    };
    delete (env as Record<string, string | undefined>)['CI'];
    const r = spawnSync(
      'script',
      [
        '-qefc',
        `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} scan --service s3 --region us-east-1 --timeout 5s`,
        '/dev/null',
      ],
      { env, encoding: 'utf8', timeout: 120_000 },
    );
    expect(r.status, r.stdout).toBe(3);
    expect(r.stdout).toContain(`waiting for sts:GetCallerIdentity at ${endpoint}… (2s)`);
    const lines = r.stdout
      // eslint-disable-next-line no-control-regex -- the status line's own erase sequence
      .split(/\r?\n|\r\u001b\[2K/)
      .map((l) => l.trim())
      .filter(Boolean)
      .filter((l) => !l.startsWith('waiting for'));
    expect(lines).toEqual([
      `bulwark: No answer from the AWS endpoint at ${endpoint}: deadline exceeded (the scan's time budget of 5s ran out before this call completed).`,
    ]);
  }, 120_000);
});
