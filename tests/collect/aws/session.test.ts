import { describe, it, expect, afterEach } from 'vitest';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { openSession, resolveHomeRegion, ScanSetupError } from '../../../src/collect/aws/session.js';
import { createReader } from '../../../src/collect/kit/read.js';
import { writeTempFile } from '../../moto.js';
import { tempDir } from '../../temp.js';

describe('home region resolution', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });
  const clear = () => {
    delete process.env['AWS_REGION'];
    delete process.env['AWS_DEFAULT_REGION'];
    delete process.env['AWS_PROFILE'];
  };

  it('prefers AWS_REGION, then AWS_DEFAULT_REGION (which SDK v3 itself ignores)', async () => {
    clear();
    process.env['AWS_CONFIG_FILE'] = '/nonexistent';
    process.env['AWS_DEFAULT_REGION'] = 'eu-central-1';
    expect(await resolveHomeRegion()).toBe('eu-central-1');
    process.env['AWS_REGION'] = 'ap-south-1';
    expect(await resolveHomeRegion()).toBe('ap-south-1');
  });

  it("falls back to the profile's region, then us-east-1", async () => {
    clear();
    process.env['AWS_CONFIG_FILE'] = writeTempFile('config', '[default]\nregion = eu-west-3\n[profile audit]\nregion = sa-east-1\n');
    process.env['AWS_SHARED_CREDENTIALS_FILE'] = '/nonexistent';
    expect(await resolveHomeRegion()).toBe('eu-west-3');
    expect(await resolveHomeRegion('audit')).toBe('sa-east-1');
    expect(await resolveHomeRegion('no-such-profile')).toBe('us-east-1');
  });
});

describe('openSession failures are one clear ScanSetupError', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });
  const isolate = (extra: Record<string, string> = {}) => {
    for (const k of Object.keys(process.env)) if (k.startsWith('AWS_')) delete process.env[k];
    Object.assign(process.env, {
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_CONFIG_FILE: '/nonexistent/config',
      AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials',
      AWS_REGION: 'us-east-1',
      ...extra,
    });
  };

  it('an endpoint that accepts the connection but never answers times out instead of hanging', async () => {
    isolate({ AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing' });
    const sockets: Socket[] = [];
    const server = createServer((s) => void sockets.push(s));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    try {
      const started = Date.now();
      const err = await openSession({ reader: createReader(), endpoint: `http://127.0.0.1:${port}`, requestTimeoutMs: 300 }).catch(
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(ScanSetupError);
      expect((err as Error).message).toMatch(/Cannot reach the AWS endpoint at http:\/\/127\.0\.0\.1:\d+/);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      sockets.forEach((s) => s.destroy());
      server.close();
    }
  }, 10_000);

  it('names the AWS_PROFILE profile when it gives no credentials', async () => {
    isolate({ AWS_PROFILE: 'no-such-profile' });
    await expect(openSession({ reader: createReader() })).rejects.toThrow(/^Profile "no-such-profile" gave no usable credentials/);
  });

  it('says the SSO session expired (not "no credentials") for the default profile', async () => {
    const home = tempDir('bulwark-sso-');
    const startUrl = 'https://example.awsapps.com/start';
    mkdirSync(join(home, '.aws', 'sso', 'cache'), { recursive: true });
    const config = join(home, '.aws', 'config');
    writeFileSync(
      config,
      `[default]\nsso_start_url = ${startUrl}\nsso_region = us-east-1\nsso_account_id = 123456789012\nsso_role_name = Audit\nregion = us-east-1\n`,
    );
    const token = { accessToken: 'x', expiresAt: '2020-01-01T00:00:00Z', region: 'us-east-1', startUrl };
    writeFileSync(join(home, '.aws', 'sso', 'cache', `${createHash('sha1').update(startUrl).digest('hex')}.json`), JSON.stringify(token));
    isolate({ AWS_CONFIG_FILE: config });
    process.env['HOME'] = home;
    const err = await openSession({ reader: createReader() }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ScanSetupError);
    expect((err as Error).message).toMatch(/^The SSO session of profile "default" is expired or invalid .*aws sso login --profile default/);
  });
});
