/**
 * End to end: the built CLI on a generated tree with planted credentials and decoys, and on a
 * generated git repository whose key was committed and then removed.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { AWS_EXAMPLES, FAKE, opensshKey, pemKey } from '../secrets/fakes.js';

let tree: string;
let repo: string;

interface Report {
  summary: { findings: number; byRule: Record<string, number>; filesScanned: number; skipped: Record<string, number> };
  findings: { path: string; line: number; rule: string; severity: string; preview: string; commit?: string; authorDate?: string }[];
}

const SECRETS = Object.values(FAKE);

async function plantTree(dir: string) {
  const w = async (path: string, text: string | Buffer) => {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  };
  // Planted credentials: one per rule family.
  await w(
    '.env',
    `AWS_ACCESS_KEY_ID=${FAKE.accessKeyId}\nAWS_SECRET_ACCESS_KEY=${FAKE.secretAccessKey}\nAWS_SESSION_TOKEN=${FAKE.sessionToken}\n`,
  );
  await w('config/settings.py', `GITHUB = "${FAKE.githubToken}"\nSTRIPE = "${FAKE.stripeKey}"\nGOOGLE = "${FAKE.googleKey}"\n`);
  await w('config/ci.yml', `gitlab: ${FAKE.gitlabToken}\nslack: "${FAKE.slackToken}"\n`);
  await w('.npmrc', `//registry.npmjs.org/:_authToken=${FAKE.npmToken}\n`);
  await w(
    'src/db.ts',
    `export const url = '${FAKE.postgresUrl}';\nconst DB_PASSWORD = "${FAKE.password}";\nconst session = '${FAKE.jwt}';\n`,
  );
  await w('keys/deploy_key', opensshKey('none'));
  await w('keys/server.pem', pemKey('RSA'));
  await w('keys/protected_key', opensshKey('aes256-ctr'));
  // Decoys: none of these is a finding.
  await w(
    'docs/quickstart.md',
    `aws configure set aws_access_key_id ${AWS_EXAMPLES.accessKeyId}\naws_secret_access_key = ${AWS_EXAMPLES.secretAccessKey}\n`,
  );
  await w(
    'package-lock.json',
    '{\n  "packages": {\n    "node_modules/x": {\n      "integrity": "sha512-hfdYra+ZB6RmviEApxeL/YCx4ovBtpj0d9c+uhlCZaCikObjb8Sb8yqBN6g8/9tt7qD7LXGE3k9RtVvGK1fNVw=="\n    }\n  }\n}\n',
  );
  await w(
    'yarn.lock',
    'x@1:\n  integrity sha512-0c3zcBRlWmcKhcIQWckzkYncJRv5HHB8O32wO/FcWL8DDXWDJgiEF6SX9ThbTv5h/eZ+xJK+VvDjjQ+cQJhp3Q==\n',
  );
  await w('go.sum', 'github.com/aws/aws-sdk-go v1.44.0 h1:jwtBPjkVt4RfHZ9BUYKXSbD/GdCw+3h7BzhqBE1fbKs=\n');
  await w(
    'src/ids.ts',
    "export const id = '123e4567-e89b-12d3-a456-426614174000';\nexport const sha = 'da39a3ee5e6b4b0d3255bfef95601890afd80709';\nexport const password: string = readPassword();\n",
  );
  await w(
    'web/logo.html',
    '<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==">\n',
  );
  // Skipped: binary, large, ignored.
  await w('bin/tool', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00]), Buffer.from(`k=${FAKE.accessKeyId2}`)]));
  await w('data/dump.sql', `-- ${FAKE.accessKeyId2}\n${'insert into t values (1);\n'.repeat(60_000)}`);
  await w('.gitignore', 'secrets.local\n');
  await w('secrets.local', `AWS_ACCESS_KEY_ID=${FAKE.accessKeyId2}\n`);
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
      GIT_AUTHOR_DATE: '2026-01-02T03:04:05Z',
      GIT_COMMITTER_DATE: '2026-01-02T03:04:05Z',
    },
  }).toString();

beforeAll(async () => {
  tree = await mkdtemp(join(tmpdir(), 'bulwark-secrets-tree-'));
  await plantTree(tree);
  repo = await mkdtemp(join(tmpdir(), 'bulwark-secrets-repo-'));
  git(repo, 'init', '-q', '-b', 'main');
  await writeFile(join(repo, 'README.md'), 'hello\n');
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'first');
  await writeFile(
    join(repo, 'deploy.sh'),
    `#!/bin/sh\nexport AWS_ACCESS_KEY_ID=${FAKE.accessKeyId}\nexport AWS_SECRET_ACCESS_KEY=${FAKE.secretAccessKey}\n`,
  );
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'add deploy');
  await writeFile(join(repo, 'deploy.sh'), '#!/bin/sh\naws sts get-caller-identity\n');
  git(repo, 'commit', '-q', '-am', 'remove the key');
  // The same key again in a later commit at the same path: reported once, at the first commit.
  await writeFile(join(repo, 'deploy.sh'), `#!/bin/sh\nexport AWS_ACCESS_KEY_ID=${FAKE.accessKeyId}\n`);
  git(repo, 'commit', '-q', '-am', 'oops again');
  await writeFile(join(repo, 'deploy.sh'), '#!/bin/sh\n');
  git(repo, 'commit', '-q', '-am', 'clean');
});

afterAll(async () => {
  await rm(tree, { recursive: true, force: true });
  await rm(repo, { recursive: true, force: true });
});

describe('bulwark secrets on a generated tree', () => {
  it('finds every planted credential, no decoy, and skips binary, large and ignored files', async () => {
    const r = await runCli(['secrets', tree, '--format', 'json', '--max-file-size', '1MB']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    // Printed for the record (what the closing note quotes).
    console.log(`bulwark secrets test tree: ${JSON.stringify(report.summary)}`);
    expect(report.summary.byRule).toEqual({
      'aws-access-key-id': 1,
      'aws-secret-access-key': 1,
      'aws-session-token': 1,
      'google-api-key': 1,
      'gitlab-token': 1,
      jwt: 1,
      'password-assignment': 1,
      'private-key': 2,
      'private-key-encrypted': 1,
      'secretlint/database-connection-string/PostgreSQLConnection': 1,
      'secretlint/github/GITHUB_TOKEN': 1,
      'secretlint/npm/Npmrc_authToken': 1,
      'secretlint/slack/SLACK_TOKEN': 1,
      'stripe-secret-key': 1,
    });
    const decoyFiles = ['docs/quickstart.md', 'package-lock.json', 'yarn.lock', 'go.sum', 'src/ids.ts', 'web/logo.html'];
    expect(report.findings.filter((f) => decoyFiles.includes(f.path))).toEqual([]);
    expect(report.summary.skipped).toMatchObject({ binary: 1, large: 1, ignored: 1 });
    expect(report.findings.find((f) => f.rule === 'aws-access-key-id')).toMatchObject({ path: '.env', line: 1, severity: 'high' });
    for (const secret of SECRETS) expect(r.stdout + r.stderr).not.toContain(secret);
  });

  it('masks in the console and SARIF reports too, and writes --output atomically', async () => {
    const console_ = await runCli(['secrets', tree, '--max-file-size', '1MB']);
    expect(console_.code).toBe(1);
    expect(console_.stdout).toContain(`AKIA${'*'.repeat(12)}${FAKE.accessKeyId.slice(-4)}`);
    const out = join(tree, '..', `bulwark-secrets-${process.pid}.sarif`);
    const sarif = await runCli(['secrets', tree, '--format', 'sarif', '--output', out, '--max-file-size', '1MB']);
    expect(sarif.code).toBe(1);
    expect(sarif.stdout).toBe('');
    const text = await readFile(out, 'utf8');
    await rm(out);
    const doc = JSON.parse(text) as { version: string; runs: { results: unknown[] }[] };
    expect(doc.version).toBe('2.1.0');
    expect(doc.runs[0]?.results).toHaveLength(15);
    for (const secret of SECRETS) {
      expect(console_.stdout).not.toContain(secret);
      expect(text).not.toContain(secret);
    }
  });

  it('scans ignored files with --include-ignored', async () => {
    const r = await runCli(['secrets', tree, '--format', 'json', '--include-ignored']);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.findings.some((f) => f.path === 'secrets.local')).toBe(true);
  });

  it('exits 0 with nothing found, 2 on a missing path or bad size', async () => {
    const clean = await mkdtemp(join(tmpdir(), 'bulwark-secrets-clean-'));
    await writeFile(join(clean, 'a.txt'), 'nothing here\n');
    const r = await runCli(['secrets', clean]);
    await rm(clean, { recursive: true, force: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 secrets found in 1 file scanned');
    const missing = await runCli(['secrets', join(tree, 'no-such-dir')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^bulwark: no such file or directory: .*no-such-dir\n$/);
    expect((await runCli(['secrets', tree, '--max-file-size', 'lots'])).code).toBe(2);
    expect((await runCli(['secrets', tree, '--git-history'])).code).toBe(2); // not a git repository
  });

  it('escapes hostile file names in the console report', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bulwark-secrets-hostile-'));
    await writeFile(join(dir, 'evil\u001b[31m\nname.env'), `k=${FAKE.accessKeyId}\n`);
    const r = await runCli(['secrets', dir]);
    await rm(dir, { recursive: true, force: true });
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toContain('evil\\u001b[31m\\nname.env');
  });
});

describe('bulwark secrets --git-history on a generated repository', () => {
  it('finds a removed key only with --git-history, at the commit that added it, once', async () => {
    const now = await runCli(['secrets', repo, '--format', 'json']);
    expect(now.code).toBe(0);
    const r = await runCli(['secrets', repo, '--format', 'json', '--git-history']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    const added = git(repo, 'rev-list', '--all', '--reverse').split('\n')[1];
    expect(report.findings.map((f) => [f.rule, f.path, f.line, f.commit])).toEqual([
      ['aws-secret-access-key', 'deploy.sh', 3, added],
      ['aws-access-key-id', 'deploy.sh', 2, added],
    ]);
    expect(report.findings[0]?.authorDate).toMatch(/^2026-01-02T03:04:05/);
    for (const secret of [FAKE.accessKeyId, FAKE.secretAccessKey]) expect(r.stdout).not.toContain(secret);
  });
});
