import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanSecrets } from '../../src/secrets/scan.js';
import { renderSecrets } from '../../src/secrets/report.js';
import { FAKE } from './fakes.js';

let root: string;
let outside: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'bulwark-walk-'));
  outside = await mkdtemp(join(tmpdir(), 'bulwark-outside-'));
  await writeFile(join(outside, 'creds'), `key=${FAKE.accessKeyId2}\n`);
  await mkdir(join(root, 'src/nested'), { recursive: true });
  await mkdir(join(root, 'build'), { recursive: true });
  await writeFile(join(root, '.gitignore'), 'build/\n*.log\n');
  await writeFile(join(root, 'src/nested/.gitignore'), 'local.env\n');
  await writeFile(join(root, 'src/app.env'), `AWS_ACCESS_KEY_ID=${FAKE.accessKeyId}\n`);
  await writeFile(join(root, 'src/nested/local.env'), `AWS_ACCESS_KEY_ID=${FAKE.accessKeyId}\n`);
  await writeFile(join(root, 'build/out.js'), `k="${FAKE.githubToken}"\n`);
  await writeFile(join(root, 'debug.log'), `k="${FAKE.githubToken}"\n`);
  await writeFile(join(root, 'image.bin'), Buffer.concat([Buffer.from([0x89, 0x50, 0x00, 0x01]), Buffer.from(`key=${FAKE.accessKeyId}`)]));
  await writeFile(join(root, 'big.txt'), `key=${FAKE.accessKeyId}\n${'x'.repeat(4096)}\n`);
  await symlink(join(outside, 'creds'), join(root, 'link-out'));
  await symlink(outside, join(root, 'dir-out'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

const scan = (include = false, maxBytes = 2048) => scanSecrets([root], { gitHistory: false, includeIgnored: include, maxBytes });

describe('walking a tree', () => {
  it('skips .gitignored paths (nested files too), binary and large files, and never follows symlinks', async () => {
    const r = await scan();
    expect(r.findings.map((f) => `${f.path}:${f.line}:${f.rule}`)).toEqual(['src/app.env:1:aws-access-key-id']);
    expect(r.skipped).toEqual({ large: 1, binary: 1, ignored: 3, symlink: 2, unreadable: 0 });
    expect(r.skippedExamples.symlink.sort()).toEqual(['dir-out', 'link-out']);
    expect(r.filesScanned).toBe(3); // .gitignore, src/nested/.gitignore, src/app.env
  });

  it('scans ignored paths with includeIgnored, and large files under a larger limit', async () => {
    const r = await scan(true, 1024 * 1024);
    expect(r.findings.map((f) => f.path).sort()).toEqual(['big.txt', 'build/out.js', 'debug.log', 'src/app.env', 'src/nested/local.env']);
    expect(r.skipped.ignored).toBe(0);
    expect(r.skipped.binary).toBe(1);
  });

  it('scans a single file given as PATH, and rejects a missing one as bad input', async () => {
    const r = await scanSecrets([join(root, 'src/app.env')], { gitHistory: false, includeIgnored: false, maxBytes: 2048 });
    expect(r.findings.map((f) => [f.path, f.rule])).toEqual([['app.env', 'aws-access-key-id']]);
    await expect(scanSecrets([join(root, 'nope')], { gitHistory: false, includeIgnored: false, maxBytes: 1 })).rejects.toThrow(
      /no such file or directory/,
    );
  });
});

describe('reports never carry a secret', () => {
  it.each(['console', 'json', 'sarif'] as const)('%s', async (format) => {
    const r = await scan(true, 1024 * 1024);
    const text = renderSecrets(r, format, '0.0.0-test');
    for (const secret of [FAKE.accessKeyId, FAKE.githubToken]) expect(text).not.toContain(secret);
    expect(text).toContain(`AKIA${'*'.repeat(12)}${FAKE.accessKeyId.slice(-4)}`);
    if (format !== 'console') expect(() => JSON.parse(text) as unknown).not.toThrow();
  });
});
