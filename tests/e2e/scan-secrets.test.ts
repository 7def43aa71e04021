/**
 * `bulwark scan --secrets PATH` against moto: key IDs planted in a tree are matched against the
 * account's IAM users. An active key is a CRITICAL FAIL naming the user; a deactivated one and a
 * key of another account PASS; the secrets never reach the findings document.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateAccessKeyCommand, CreateUserCommand, IAMClient, UpdateAccessKeyCommand } from '@aws-sdk/client-iam';
import { startMoto, seedConfig, type Moto } from '../moto.js';
import { baseEnv, runCli } from '../cli/run-cli.js';
import type { FindingsDocument } from '../../src/evaluate/finding.js';
import { FAKE } from '../secrets/fakes.js';

describe('bulwark scan --secrets', () => {
  let moto: Moto;
  let tree: string;
  let active: string;
  let inactive: string;
  let secret: string;
  let doc: FindingsDocument;
  let code: number | null;
  let stderr: string;

  beforeAll(async () => {
    moto = await startMoto();
    const iam = new IAMClient(seedConfig(moto));
    await iam.send(new CreateUserCommand({ UserName: 'deploy-bot' }));
    const a = await iam.send(new CreateAccessKeyCommand({ UserName: 'deploy-bot' }));
    const b = await iam.send(new CreateAccessKeyCommand({ UserName: 'deploy-bot' }));
    active = a.AccessKey!.AccessKeyId!;
    secret = a.AccessKey!.SecretAccessKey!;
    inactive = b.AccessKey!.AccessKeyId!;
    await iam.send(new UpdateAccessKeyCommand({ UserName: 'deploy-bot', AccessKeyId: inactive, Status: 'Inactive' }));
    tree = await mkdtemp(join(tmpdir(), 'bulwark-scan-secrets-'));
    await writeFile(join(tree, 'deploy.env'), `AWS_ACCESS_KEY_ID=${active}\nAWS_SECRET_ACCESS_KEY=${secret}\nOLD_KEY=${inactive}\n`);
    await writeFile(join(tree, 'other.env'), `AWS_ACCESS_KEY_ID=${FAKE.accessKeyId2}\n`);
    const r = await runCli(['scan', '--region', 'us-east-1', '--service', 's3', '--secrets', tree, '--format', 'json'], {
      ...baseEnv(),
      ...moto.env,
    });
    ({ code, stderr } = r);
    doc = JSON.parse(r.stdout) as FindingsDocument;
  }, 300_000);
  afterAll(async () => {
    await moto?.stop();
    if (tree) await rm(tree, { recursive: true, force: true });
  });

  it('fails the active key, naming its user, and passes the inactive and the foreign one', () => {
    expect(code, stderr).toBe(0);
    const leaked = doc.findings.filter((f) => f.checkId === 'secrets-leaked-access-key-inactive');
    expect(leaked.map((f) => f.status).sort()).toEqual(['FAIL', 'PASS', 'PASS']);
    const fail = leaked.find((f) => f.status === 'FAIL');
    expect(fail).toMatchObject({ severity: 'critical', resourceArn: expect.stringContaining(':user/deploy-bot') });
    expect(fail?.reason).toMatch(
      new RegExp(`^Access key ${active} found in .*deploy.env:1 is an ACTIVE access key of IAM user deploy-bot, `),
    );
    expect(leaked.find((f) => f.reason.includes(inactive))?.reason).toContain('is inactive');
    expect(doc.checks.map((c) => c.id)).toContain('secrets-private-key-passphrase-protected');
  });

  it('never carries the secret access key into the findings document', () => {
    expect(JSON.stringify(doc)).not.toContain(secret);
  });

  it('rejects a missing --secrets path before any AWS call', async () => {
    const r = await runCli(['scan', '--secrets', join(tree, 'missing')], { ...baseEnv(), ...moto.env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no such file or directory/);
  });
});
