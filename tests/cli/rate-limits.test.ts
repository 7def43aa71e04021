import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRateLimits } from '../../src/cli/rate-limits.js';
import { UsageError } from '../../src/errors.js';

describe('--rate-limits FILE', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bulwark-rl-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const file = async (name: string, text: string) => {
    const p = join(dir, name);
    await writeFile(p, text);
    return p;
  };

  it('is undefined when not given', async () => {
    expect(await loadRateLimits(undefined)).toBeUndefined();
  });
  it('reads JSON and YAML, by service prefix or by API', async () => {
    const json = await file(
      'l.json',
      '{"iam": {"ratePerSecond": 20, "burst": 40}, "ec2:DescribeInstances": {"ratePerSecond": 50, "burst": 100}}',
    );
    expect(await loadRateLimits(json)).toEqual({
      iam: { ratePerSecond: 20, burst: 40 },
      'ec2:DescribeInstances': { ratePerSecond: 50, burst: 100 },
    });
    const yaml = await file('l.yaml', '\uFEFFs3:\n  ratePerSecond: 5\n  burst: 10\n');
    expect(await loadRateLimits(yaml)).toEqual({ s3: { ratePerSecond: 5, burst: 10 } });
  });
  it.each([
    ['unknown service', '{"nosuch": {"ratePerSecond": 1, "burst": 1}}', /"nosuch" is not a service Bulwark calls/],
    ['malformed key', '{"ec2:describe": {"ratePerSecond": 1, "burst": 1}}', /"ec2:describe" is not a service/],
    ['zero rate', '{"iam": {"ratePerSecond": 0, "burst": 1}}', /"iam"\.ratePerSecond: .*expected \{ ratePerSecond/],
    ['fractional burst', '{"iam": {"ratePerSecond": 1, "burst": 1.5}}', /"iam"\.burst/],
    ['unknown field', '{"iam": {"ratePerSecond": 1, "burst": 1, "rate": 3}}', /"iam"/],
    ['not a map', '[1, 2]', /must map services or actions/],
    ['not YAML', '{"iam": [', /neither JSON nor YAML/],
  ])('refuses %s with a one-line usage error naming the file', async (_name, text, message) => {
    const p = await file('bad.json', text);
    const err = await loadRateLimits(p).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).toContain('--rate-limits');
  });
  it('says when the file cannot be read', async () => {
    await expect(loadRateLimits(join(dir, 'missing.json'))).rejects.toThrow(/cannot read .*missing\.json: ENOENT/);
  });
});
