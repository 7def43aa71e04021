import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { IAMClient, CreateUserCommand, CreateAccessKeyCommand } from '@aws-sdk/client-iam';
import { ClientFactory } from '../../../src/collect/aws/clients.js';
import { planRegions, DEFAULT_ENABLED_REGIONS } from '../../../src/collect/aws/regions.js';
import { createReader } from '../../../src/collect/kit/read.js';
import { createServer, type AddressInfo } from 'node:net';
import { parseRegionOption } from '../../../src/collect/aws/regions-option.js';
import { UsageError } from '../../../src/errors.js';
import { startMoto, seedConfig, TEST_CREDENTIALS, type Moto } from '../../moto.js';

describe('region discovery against moto', () => {
  let moto: Moto;
  const session = (credentials = TEST_CREDENTIALS) => ({
    accountId: '123456789012',
    partition: 'aws',
    callerArn: 'arn:aws:iam::123456789012:user/moto',
    homeRegion: 'us-east-1',
    clients: new ClientFactory({ credentials: async () => credentials, endpoint: moto.endpoint, maxAttempts: 1 }),
  });
  beforeAll(async () => {
    moto = await startMoto({ loadManagedPolicies: false });
  });
  afterAll(async () => moto?.stop());

  it('"all" scans every enabled region and lists opt-in regions that are not enabled as skipped', async () => {
    const reader = createReader();
    const plan = await planRegions(session(), 'all', reader);
    // Discovery goes through the scan's reader: its action lands in the least-privilege policy.
    expect(reader.actions).toEqual(new Set(['ec2:DescribeRegions']));
    expect(reader.stats.get('ec2:DescribeRegions')).toMatchObject({ calls: 1, errors: 0 });
    expect(plan.scanned).toContain('us-east-1');
    expect(plan.scanned).toContain('eu-west-1');
    expect(plan.scanned).toEqual([...plan.scanned].sort());
    expect(plan.skipped.length).toBeGreaterThan(0);
    for (const s of plan.skipped) {
      expect(plan.scanned).not.toContain(s.region);
      expect(s.reason).toMatch(/opt-in region not enabled/);
    }
    expect(plan.discoveryError).toBeUndefined();
    expect(plan.complete).toBe(true);
  });

  it('an explicit list keeps enabled regions and skips a disabled opt-in one', async () => {
    const all = await planRegions(session(), 'all', createReader());
    const optIn = all.skipped[0]!.region;
    const plan = await planRegions(session(), ['eu-west-1', optIn, 'us-east-1'], createReader());
    expect(plan.scanned).toEqual(['eu-west-1', 'us-east-1']);
    expect(plan.skipped).toEqual([{ region: optIn, reason: 'opt-in region not enabled in this account' }]);
    expect(plan.complete).toBe(false);
  });

  it('an unknown region is a usage error', async () => {
    await expect(planRegions(session(), ['xx-fake-9'], createReader())).rejects.toThrow(UsageError);
    expect(() => parseRegionOption('us-east-1,Not A Region')).toThrow(/Unknown region "Not A Region"/);
    expect(parseRegionOption(undefined)).toBe('all');
    expect(parseRegionOption(' all ')).toBe('all');
    expect(parseRegionOption('us-east-1,us-east-1')).toEqual(['us-east-1']);
  });

  it('when DescribeRegions is denied, falls back to the requested regions and records the error', async () => {
    const iam = new IAMClient(seedConfig(moto));
    await iam.send(new CreateUserCommand({ UserName: 'no-regions' }));
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'no-regions' }))).AccessKey!;
    await moto.enableIamAuth();
    try {
      const s = session({ accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! });
      const reader = createReader();
      const plan = await planRegions(s, ['eu-west-1'], reader);
      expect(plan.scanned).toEqual(['eu-west-1']);
      expect(plan.discoveryError).toMatchObject({ action: 'ec2:DescribeRegions', kind: 'access-denied', region: 'us-east-1' });
      expect(reader.errors).toEqual([plan.discoveryError]);
      const all = await planRegions(s, 'all', createReader());
      expect(all.scanned).toEqual([...DEFAULT_ENABLED_REGIONS].sort());
      expect(all.complete).toBe(false);
    } finally {
      await moto.disableIamAuth();
    }
  });
});

describe('region discovery fallback', () => {
  it("falls back to the default regions of the caller's partition, not the commercial ones", async () => {
    // A closed port: DescribeRegions fails at once, as a denied or unreachable one would.
    const port = await new Promise<number>((resolve) => {
      const srv = createServer().listen(0, '127.0.0.1', () => {
        const { port: p } = srv.address() as AddressInfo;
        srv.close(() => resolve(p));
      });
    });
    const clients = new ClientFactory({ credentials: async () => TEST_CREDENTIALS, endpoint: `http://127.0.0.1:${port}`, maxAttempts: 1 });
    try {
      const gov = await planRegions(
        {
          accountId: '123456789012',
          partition: 'aws-us-gov',
          callerArn: 'arn:aws-us-gov:iam::123456789012:user/a',
          homeRegion: 'us-gov-west-1',
          clients,
        },
        'all',
        createReader(),
      );
      expect(gov.scanned).toEqual(['us-gov-east-1', 'us-gov-west-1']);
      expect(gov.discoveryError).toMatchObject({ action: 'ec2:DescribeRegions' });
      const cn = await planRegions(
        {
          accountId: '123456789012',
          partition: 'aws-cn',
          callerArn: 'arn:aws-cn:iam::123456789012:user/a',
          homeRegion: 'cn-north-1',
          clients,
        },
        'all',
        createReader(),
      );
      expect(cn.scanned).toEqual(['cn-north-1', 'cn-northwest-1']);
    } finally {
      clients.destroy();
    }
  });
});
