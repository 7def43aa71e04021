import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import {
  S3Client,
  ListBucketsCommand,
  GetBucketAclCommand,
  GetBucketPolicyCommand,
  GetBucketLocationCommand,
  type ListBucketsCommandInput,
} from '@aws-sdk/client-s3';
import { S3ControlClient, PutPublicAccessBlockCommand, DeletePublicAccessBlockCommand } from '@aws-sdk/client-s3-control';
import { mockClient } from 'aws-sdk-client-mock';
import { s3Collector, collectS3, parseBucketPolicy, regionFromLocationConstraint, LIST_BUCKETS_PAGE_SIZE } from '../../src/collect/s3.js';
import { S3Section } from '../../src/model/s3.js';
import type { S3Bucket } from '../../src/model/s3.js';
import { s3Checks } from '../../src/checks/s3/index.js';
import { MOTO_ACCOUNT_ID, TEST_CREDENTIALS, startMoto, type Moto } from '../moto.js';
import { mockedContext, motoContext } from '../collect-context.js';
import { buildInventory, evalContext, run } from '../builders/index.js';
import { seedS3 } from '../seed/s3.js';
import type { ExpectedFinding } from '../seed/expected.js';

const REGIONS = ['us-east-1', 'eu-west-1'];

describe('s3 collector against moto', () => {
  let moto: Moto;
  let expected: ExpectedFinding[];
  let section: S3Section;
  let actions: Set<string>;

  beforeAll(async () => {
    moto = await startMoto({ loadManagedPolicies: false });
    expected = await seedS3(moto, REGIONS);
    const ctx = motoContext(moto, REGIONS);
    try {
      section = await s3Collector.collect(ctx);
      actions = ctx.reader.actions;
    } finally {
      ctx.close();
    }
  }, 60_000);
  afterAll(async () => {
    await moto?.stop();
  });

  const bucket = (name: string): S3Bucket => {
    if (!section.buckets.ok) throw new Error('bucket list not read');
    const b = section.buckets.value.find((x) => x.name === name);
    if (!b) throw new Error(`${name} not collected`);
    return b;
  };

  it('produces a section that satisfies the model schema', () => {
    expect(S3Section.safeParse(section).success).toBe(true);
  });

  it('lists every bucket with its region and ARN', () => {
    expect(section.buckets.ok && section.buckets.value.map((b) => b.name)).toEqual([
      'demo-backups',
      'demo-logs-archive',
      'demo-public-assets',
      'demo-uploads',
    ]);
    expect(bucket('demo-backups')).toMatchObject({ region: 'eu-west-1', arn: 'arn:aws:s3:::demo-backups' });
    expect(bucket('demo-uploads').region).toBe('us-east-1');
    expect(bucket('demo-uploads').creationDate).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('records "not configured" answers as null, not as errors', () => {
    expect(section.accountPublicAccessBlock).toEqual({ ok: true, value: null });
    const assets = bucket('demo-public-assets');
    expect(assets.publicAccessBlock).toEqual({ ok: true, value: null });
    expect(assets.policy).toEqual({ ok: true, value: null });
    // AWS answers NoSuchBucketPolicy (null) here; moto answers an empty PolicyStatus even without a policy.
    expect(assets.policyStatus).toEqual({ ok: true, value: { isPublic: null } });
    expect(assets.encryption).toEqual({ ok: true, value: null });
    expect(assets.logging).toEqual({ ok: true, value: null });
    expect(assets.lifecycle).toEqual({ ok: true, value: null });
    expect(assets.ownershipControls).toEqual({ ok: true, value: null });
    expect(assets.versioning).toEqual({ ok: true, value: { status: null, mfaDelete: null } });
  });

  it('reads the public ACL grant of the insecure bucket', () => {
    const acl = bucket('demo-public-assets').acl;
    expect(acl.ok && acl.value.grants).toContainEqual({
      granteeType: 'Group',
      granteeUri: 'http://acs.amazonaws.com/groups/global/AllUsers',
      granteeId: null,
      permission: 'READ',
    });
  });

  it('reads every setting of the secure bucket', () => {
    const logs = bucket('demo-logs-archive');
    expect(logs.publicAccessBlock).toEqual({
      ok: true,
      value: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true },
    });
    expect(logs.encryption).toEqual({
      ok: true,
      value: { rules: [{ sseAlgorithm: 'aws:kms', kmsMasterKeyId: null, bucketKeyEnabled: true }] },
    });
    expect(logs.versioning).toEqual({ ok: true, value: { status: 'Enabled', mfaDelete: null } });
    expect(logs.logging).toEqual({ ok: true, value: { targetBucket: 'demo-logs-archive', targetPrefix: 'self-access-logs/' } });
    expect(logs.lifecycle).toEqual({ ok: true, value: { rules: [{ id: 'archive-then-expire', status: 'Enabled' }] } });
    expect(logs.ownershipControls).toEqual({ ok: true, value: { objectOwnership: 'BucketOwnerEnforced' } });
    const policy = logs.policy.ok ? logs.policy.value : null;
    expect((policy?.['Statement'] as { Sid: string }[]).map((s) => s.Sid)).toEqual(['S3ServerAccessLogs', 'DenyInsecureTransport']);
    // moto answers an empty PolicyStatus (docs/testing.md): recorded as "no verdict", never relied on.
    expect(logs.policyStatus).toEqual({ ok: true, value: { isPublic: null } });
  });

  it('reads the second-region bucket through its own region', () => {
    const backups = bucket('demo-backups');
    expect(backups.encryption).toEqual({
      ok: true,
      value: { rules: [{ sseAlgorithm: 'AES256', kmsMasterKeyId: null, bucketKeyEnabled: false }] },
    });
    expect(backups.policy.ok && backups.policy.value?.['Statement']).toEqual([
      { Sid: 'RestoreFromAnywhere', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::demo-backups/*' },
    ]);
    expect(bucket('demo-uploads').versioning).toEqual({ ok: true, value: { status: 'Suspended', mfaDelete: null } });
  });

  it('records the exact IAM actions it used', () => {
    expect([...actions].sort()).toEqual([
      's3:GetAccountPublicAccessBlock',
      's3:GetBucketAcl',
      's3:GetBucketLocation',
      's3:GetBucketLogging',
      's3:GetBucketNotification',
      's3:GetBucketObjectLockConfiguration',
      's3:GetBucketOwnershipControls',
      's3:GetBucketPolicy',
      's3:GetBucketPolicyStatus',
      's3:GetBucketPublicAccessBlock',
      's3:GetBucketVersioning',
      's3:GetEncryptionConfiguration',
      's3:GetLifecycleConfiguration',
      's3:ListAllMyBuckets',
    ]);
  });

  it('reads Object Lock and event notifications per bucket (moto: none configured)', () => {
    const buckets = section.buckets.ok ? section.buckets.value : [];
    expect(buckets.length).toBeGreaterThan(0);
    for (const b of buckets) {
      expect(b.objectLock, b.name).toEqual({ ok: true, value: null });
      expect(b.notifications, b.name).toEqual({ ok: true, value: { destinations: [], eventBridge: false } });
    }
  });

  it('gives the seeded findings when the checks run on what it collected', () => {
    const inv = buildInventory({ s3: section });
    const ctx = evalContext({ accountId: MOTO_ACCOUNT_ID });
    const actual = new Map(s3Checks.flatMap((c) => run(c, inv, ctx).map((r) => [`${c.id} ${r.resourceArn}`, r.status] as const)));
    for (const e of expected)
      expect(`${e.checkId} ${e.resourceArn} ${actual.get(`${e.checkId} ${e.resourceArn}`)}`).toBe(
        `${e.checkId} ${e.resourceArn} ${e.status}`,
      );
    expect(expected.length).toBeGreaterThan(40);
  });

  it('collects buckets in regions outside the scan selection', async () => {
    const ctx = motoContext(moto, ['us-east-1']);
    try {
      const only = await collectS3(ctx);
      const backups = only.buckets.ok ? only.buckets.value.find((b) => b.name === 'demo-backups') : undefined;
      expect(backups?.region).toBe('eu-west-1');
      expect(backups?.versioning).toEqual({ ok: true, value: { status: 'Enabled', mfaDelete: null } });
    } finally {
      ctx.close();
    }
  });

  it('reads account-level Block Public Access through the s3control endpoint workaround', async () => {
    const control = new S3ControlClient({
      endpoint: moto.endpoint,
      region: 'us-east-1',
      credentials: TEST_CREDENTIALS,
      maxAttempts: 1,
      endpointProvider: () => ({ url: new URL(moto.endpoint) }),
    });
    const ctx = motoContext(moto, ['us-east-1']);
    try {
      await control.send(
        new PutPublicAccessBlockCommand({
          AccountId: MOTO_ACCOUNT_ID,
          PublicAccessBlockConfiguration: {
            BlockPublicAcls: true,
            IgnorePublicAcls: true,
            BlockPublicPolicy: false,
            RestrictPublicBuckets: false,
          },
        }),
      );
      const s = await collectS3(ctx);
      expect(s.accountPublicAccessBlock).toEqual({
        ok: true,
        value: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: false, restrictPublicBuckets: false },
      });
    } finally {
      await control.send(new DeletePublicAccessBlockCommand({ AccountId: MOTO_ACCOUNT_ID }));
      control.destroy();
      ctx.close();
    }
  });
});

/**
 * Paths moto cannot produce (denied reads, BucketRegion in ListBuckets, a failing
 * GetBucketLocation, a URL-encoded policy), with aws-sdk-client-mock instead.
 */
describe('s3 collector on mocked answers', () => {
  const sdkError = (name: string, status: number, message = name) =>
    Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } });

  it('turns denials into ok:false naming the IAM action, uses BucketRegion, and handles a failed location', async () => {
    const s3 = mockClient(S3Client);
    const control = mockClient(S3ControlClient);
    try {
      control.onAnyCommand().rejects(sdkError('AccessDenied', 403));
      // Every other bucket read answers "not configured"; the commands below override it.
      s3.onAnyCommand().rejects(sdkError('NoSuchPublicAccessBlockConfiguration', 404));
      s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'eu-bucket', BucketRegion: 'eu-central-1' }, { Name: 'lost-bucket' }] });
      s3.on(GetBucketLocationCommand).rejects(sdkError('AccessDenied', 403));
      s3.on(GetBucketAclCommand).rejects(sdkError('AccessDenied', 403));
      s3.on(GetBucketPolicyCommand).resolves({ Policy: encodeURIComponent('{"Version":"2012-10-17","Statement":[]}') });
      const ctx = mockedContext();
      try {
        const s = await collectS3(ctx);
        expect(s.accountPublicAccessBlock.ok).toBe(false);
        expect(!s.accountPublicAccessBlock.ok && s.accountPublicAccessBlock.error).toMatchObject({
          action: 's3:GetAccountPublicAccessBlock',
          kind: 'access-denied',
          region: 'global',
        });
        const [eu, lost] = s.buckets.ok ? s.buckets.value : [];
        expect(eu?.region).toBe('eu-central-1');
        expect(eu?.acl.ok === false && eu.acl.error).toMatchObject({
          action: 's3:GetBucketAcl',
          kind: 'access-denied',
          target: 'arn:aws:s3:::eu-bucket',
          region: 'eu-central-1',
        });
        expect(eu?.policy).toEqual({ ok: true, value: { Version: '2012-10-17', Statement: [] } });
        // GetBucketLocation was never called for the bucket whose region ListBuckets gave.
        expect(s3.commandCalls(GetBucketLocationCommand).map((c) => c.args[0].input.Bucket)).toEqual(['lost-bucket']);
        expect(lost?.region).toBe('unknown');
        for (const field of [
          'publicAccessBlock',
          'acl',
          'policy',
          'encryption',
          'versioning',
          'logging',
          'lifecycle',
          'ownershipControls',
        ] as const) {
          const o = lost?.[field];
          expect(o?.ok === false && o.error.action).toBe('s3:GetBucketLocation');
        }
      } finally {
        ctx.close();
      }
    } finally {
      s3.restore();
      control.restore();
    }
  });

  it('sends paginated ListBuckets requests and follows the ContinuationToken', async () => {
    // AWS rejects unpaginated ListBuckets for accounts with a bucket quota above 10,000 and then
    // pages with ContinuationToken; moto never returns a token, so this is mocked.
    const s3 = mockClient(S3Client);
    const control = mockClient(S3ControlClient);
    try {
      control.onAnyCommand().rejects(sdkError('NoSuchPublicAccessBlockConfiguration', 404));
      s3.onAnyCommand().rejects(sdkError('NoSuchPublicAccessBlockConfiguration', 404));
      s3.on(ListBucketsCommand).callsFake((input: ListBucketsCommandInput) => {
        if (input.MaxBuckets === undefined)
          throw sdkError('InvalidRequest', 400, 'unpaginated ListBuckets is not supported for this account');
        return input.ContinuationToken === 'page-2'
          ? { Buckets: [{ Name: 'b-second', BucketRegion: 'us-east-1' }] }
          : { Buckets: [{ Name: 'a-first', BucketRegion: 'us-east-1' }], ContinuationToken: 'page-2' };
      });
      const ctx = mockedContext();
      try {
        const s = await collectS3(ctx);
        expect(s3.commandCalls(ListBucketsCommand).map((c) => c.args[0].input.MaxBuckets)).toEqual([
          LIST_BUCKETS_PAGE_SIZE,
          LIST_BUCKETS_PAGE_SIZE,
        ]);
        expect(s.buckets.ok && s.buckets.value.map((b) => b.name)).toEqual(['a-first', 'b-second']);
      } finally {
        ctx.close();
      }
    } finally {
      s3.restore();
      control.restore();
    }
  });

  it('records a failed bucket list as one ok:false', async () => {
    const s3 = mockClient(S3Client);
    const control = mockClient(S3ControlClient);
    try {
      control.onAnyCommand().rejects(sdkError('NoSuchPublicAccessBlockConfiguration', 404));
      s3.on(ListBucketsCommand).rejects(sdkError('AccessDenied', 403));
      const ctx = mockedContext();
      try {
        const s = await collectS3(ctx);
        expect(s.accountPublicAccessBlock).toEqual({ ok: true, value: null });
        expect(!s.buckets.ok && s.buckets.error).toMatchObject({ action: 's3:ListAllMyBuckets', kind: 'access-denied' });
      } finally {
        ctx.close();
      }
    } finally {
      s3.restore();
      control.restore();
    }
  });
});

describe('s3 collector helpers', () => {
  it('maps location constraints to regions', () => {
    expect(regionFromLocationConstraint(undefined)).toBe('us-east-1');
    expect(regionFromLocationConstraint('')).toBe('us-east-1');
    expect(regionFromLocationConstraint('EU')).toBe('eu-west-1');
    expect(regionFromLocationConstraint('ap-south-1')).toBe('ap-south-1');
  });

  it('parses plain and URL-encoded policies and rejects non-objects', () => {
    expect(parseBucketPolicy(' {"Statement":[]}')).toEqual({ Statement: [] });
    expect(parseBucketPolicy('%7B%22Statement%22%3A%5B%5D%7D')).toEqual({ Statement: [] });
    expect(() => parseBucketPolicy('[1]')).toThrow();
  });
});
