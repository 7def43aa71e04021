/** --profile reads credentials and the home region from the shared config files (here pointing at moto). */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startMoto, writeTempFile, type Moto } from '../moto.js';
import { runCli, baseEnv } from '../cli/run-cli.js';
import type { FindingsDocument } from '../../src/evaluate/finding.js';

describe('scanning with a named profile', () => {
  let moto: Moto;
  let env: Record<string, string>;
  beforeAll(async () => {
    moto = await startMoto({ loadManagedPolicies: false });
    env = baseEnv({
      AWS_ENDPOINT_URL: moto.endpoint,
      AWS_CONFIG_FILE: writeTempFile('config', '[profile audit]\nregion = eu-west-1\n'),
      AWS_SHARED_CREDENTIALS_FILE: writeTempFile('credentials', '[audit]\naws_access_key_id = testing\naws_secret_access_key = testing\n'),
      AWS_MAX_ATTEMPTS: '2',
    });
  });
  afterAll(async () => moto?.stop());

  it('uses the profile credentials and its region for global calls', async () => {
    const r = await runCli(['scan', '--profile', 'audit', '--service', 'ec2', '--region', 'eu-west-1', '--format', 'json'], env);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as FindingsDocument;
    expect(doc.account.id).toBe('123456789012');
    expect(doc.regions.scanned).toEqual(['eu-west-1']);
    expect(doc.findings.some((f) => f.region === 'eu-west-1' && f.checkId === 'ec2-ebs-default-encryption-enabled')).toBe(true);
  });

  it('without the profile there are no credentials: exit 3', async () => {
    const r = await runCli(['scan', '--service', 'ec2', '--region', 'eu-west-1'], env);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/No AWS credentials found/);
  });

  it('an unknown profile is a setup error, not a stack trace', async () => {
    const r = await runCli(['scan', '--profile', 'nope', '--service', 'ec2'], env);
    expect(r.code).toBe(3);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^bulwark: Profile "nope" gave no usable credentials/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
