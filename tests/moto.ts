/**
 * Starts a private moto_server for one test file on a free loopback port and stops it by PID.
 * Every collector and e2e test talks to it over HTTP with the real AWS SDK.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir, trackProcess } from './temp.js';

export interface Moto {
  endpoint: string;
  port: number;
  /** Environment for a child process (the CLI) that must reach this moto with dummy credentials. */
  env: Record<string, string>;
  /** Wipes all state (about 1 s with managed policies loaded). */
  reset(): Promise<void>;
  /** Switches IAM authorisation on: only moto-created keys work, and their policies apply. */
  enableIamAuth(): Promise<void>;
  disableIamAuth(): Promise<void>;
  stop(): Promise<void>;
}

export const TEST_CREDENTIALS = { accessKeyId: 'testing', secretAccessKey: 'testing' };
export const MOTO_ACCOUNT_ID = '123456789012';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

async function waitReady(endpoint: string, proc: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`moto_server exited with ${proc.exitCode}`);
    try {
      const r = await fetch(`${endpoint}/moto-api/`);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`moto_server did not become ready at ${endpoint}`);
}

export async function startMoto(options: { loadManagedPolicies?: boolean } = {}): Promise<Moto> {
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const proc = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], {
    env: {
      ...process.env,
      MOTO_IAM_LOAD_MANAGED_POLICIES: options.loadManagedPolicies === false ? 'false' : 'true',
      MOTO_EC2_LOAD_DEFAULT_AMIS: 'false',
    },
    stdio: 'ignore',
  });
  trackProcess(proc);
  await waitReady(endpoint, proc, 30_000);
  const dir = tempDir('bulwark-moto-');
  // Empty config files so that no developer profile leaks into a test.
  writeFileSync(join(dir, 'config'), '');
  writeFileSync(join(dir, 'credentials'), '');
  const post = async (path: string, body?: string) => {
    const r = await fetch(`${endpoint}${path}`, { method: 'POST', body, headers: body ? { 'Content-Type': 'text/plain' } : {} });
    if (!r.ok) throw new Error(`moto ${path} answered ${r.status}`);
  };
  return {
    endpoint,
    port,
    env: {
      AWS_ENDPOINT_URL: endpoint,
      AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
      AWS_REGION: 'us-east-1',
      AWS_CONFIG_FILE: join(dir, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      // moto answers unimplemented operations with HTTP 500; do not spend seconds retrying them.
      AWS_MAX_ATTEMPTS: '2',
    },
    reset: () => post('/moto-api/reset'),
    enableIamAuth: () => post('/moto-api/reset-auth', '0'),
    disableIamAuth: () => post('/moto-api/reset-auth', 'inf'),
    stop: async () => {
      if (proc.exitCode === null) {
        const exited = new Promise((r) => proc.once('exit', r));
        proc.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
        if (proc.exitCode === null) proc.kill('SIGKILL');
      }
      // Its config folder too (also removed after the test file; benchmarks have no such hook).
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** SDK client config for seeding moto from a test. */
export function seedConfig(moto: Pick<Moto, 'endpoint'>, region = 'us-east-1') {
  return { endpoint: moto.endpoint, region, credentials: TEST_CREDENTIALS, forcePathStyle: true, maxAttempts: 1 };
}

export function writeTempFile(name: string, content: string): string {
  const dir = tempDir('bulwark-test-');
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}
