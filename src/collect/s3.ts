import {
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetBucketPolicyStatusCommand,
  GetBucketVersioningCommand,
  GetBucketNotificationConfigurationCommand,
  GetObjectLockConfigurationCommand,
  GetPublicAccessBlockCommand,
  paginateListBuckets,
  S3Client,
  type Bucket,
  type GetBucketAclCommandOutput,
  type GetBucketEncryptionCommandOutput,
  type GetBucketLoggingCommandOutput,
  type PublicAccessBlockConfiguration,
} from '@aws-sdk/client-s3';
import { GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand, S3ControlClient } from '@aws-sdk/client-s3-control';
import type { Observed, ReadError } from '../model/observed.js';
import {
  UNKNOWN_BUCKET_REGION,
  type S3Acl,
  type S3Bucket,
  type S3BucketPolicy,
  type S3Encryption,
  type S3Logging,
  type S3PublicAccessBlock,
  type S3Section,
} from '../model/s3.js';
import type { AwsAction } from './aws/services.js';
import type { Collector } from './kit/collector.js';
import { task, type CollectContext } from './kit/context.js';
import { allPages } from './kit/list.js';
import { allKeyed, andThen, mapObserved, ok } from './kit/observed.js';
import type { ReadScope } from './kit/read.js';
import { iso } from './kit/time.js';
import { parsePolicyText } from './kit/policy-text.js';

/** ListBuckets MaxBuckets: AWS accepts 1 to 10,000 (https://docs.aws.amazon.com/AmazonS3/latest/userguide/list-buckets.html). */
export const LIST_BUCKETS_PAGE_SIZE = 10_000;

export const s3Collector: Collector<'s3'> = {
  section: 's3',
  collect: (ctx) => task(ctx, 's3', 'global', () => collectS3(ctx)),
};

export async function collectS3(ctx: CollectContext): Promise<S3Section> {
  const [accountPublicAccessBlock, buckets] = await Promise.all([readAccountPublicAccessBlock(ctx), readBuckets(ctx)]);
  return { accountPublicAccessBlock, buckets };
}

function toPublicAccessBlock(c: PublicAccessBlockConfiguration | undefined): S3PublicAccessBlock {
  // A setting AWS omits was never turned on: S3 enforces it as false.
  return {
    blockPublicAcls: c?.BlockPublicAcls === true,
    ignorePublicAcls: c?.IgnorePublicAcls === true,
    blockPublicPolicy: c?.BlockPublicPolicy === true,
    restrictPublicBuckets: c?.RestrictPublicBuckets === true,
  };
}

async function readAccountPublicAccessBlock(ctx: CollectContext): Promise<Observed<S3PublicAccessBlock | null>> {
  const client = ctx.clients.get(S3ControlClient, ctx.homeRegion, ctx.clients.s3ControlConfig());
  const read = await ctx.reader.read(
    's3:GetAccountPublicAccessBlock',
    { target: `arn:${ctx.partition}:iam::${ctx.accountId}:root`, region: 'global' },
    () => client.send(new GetAccountPublicAccessBlockCommand({ AccountId: ctx.accountId })),
    { absentWhen: ['NoSuchPublicAccessBlockConfiguration'] },
  );
  return mapObserved(read, (r) => (r ? toPublicAccessBlock(r.PublicAccessBlockConfiguration) : null));
}

async function readBuckets(ctx: CollectContext): Promise<Observed<S3Bucket[]>> {
  // The bucket list is global: one ListBuckets from the home region, paginated. AWS rejects
  // unpaginated ListBuckets (no MaxBuckets) for accounts whose bucket quota is above 10,000
  // (https://docs.aws.amazon.com/AmazonS3/latest/userguide/BucketRestrictions.html), so a page
  // size is always sent: 10,000, the largest AWS accepts. moto honours MaxBuckets but never
  // returns a ContinuationToken, so the page must be that large for it not to truncate silently.
  const home = ctx.clients.get(S3Client, ctx.homeRegion, ctx.clients.s3Config());
  const list = await ctx.reader.read('s3:ListAllMyBuckets', { target: `arn:${ctx.partition}:s3:::*`, region: 'global' }, () =>
    allPages(paginateListBuckets({ client: home, pageSize: LIST_BUCKETS_PAGE_SIZE }, {}), (p) => p.Buckets),
  );
  if (!list.ok) return list;
  // Every bucket is collected, even one in a region outside the scan's --region selection: a
  // bucket's configuration is readable from its own region's endpoint, ListBuckets already shows
  // it, and leaving it out would hide a public bucket behind a region filter.
  const buckets = await Promise.all(list.value.filter((b): b is Bucket & { Name: string } => !!b.Name).map((b) => readBucket(ctx, b)));
  return { ok: true, value: buckets.sort((a, b) => a.name.localeCompare(b.name)) };
}

/** GetBucketLocation's LocationConstraint to a region: null/'' is us-east-1, 'EU' is the legacy name of eu-west-1. */
export function regionFromLocationConstraint(constraint: string | null | undefined): string {
  if (!constraint) return 'us-east-1';
  if (constraint === 'EU') return 'eu-west-1';
  return constraint;
}

async function readBucketRegion(ctx: CollectContext, bucket: Bucket & { Name: string }, arn: string): Promise<Observed<string>> {
  // ListBuckets carries BucketRegion on current AWS; older endpoints and moto do not.
  if (bucket.BucketRegion) return { ok: true, value: bucket.BucketRegion };
  const home = ctx.clients.get(S3Client, ctx.homeRegion, ctx.clients.s3Config());
  const loc = await ctx.reader.read('s3:GetBucketLocation', { target: arn, region: ctx.homeRegion }, () =>
    home.send(new GetBucketLocationCommand({ Bucket: bucket.Name })),
  );
  return mapObserved(loc, (r) => regionFromLocationConstraint(r.LocationConstraint));
}

/** Parses a bucket policy; S3 returns it as plain JSON text (URL-decoded only if it is not). */
export function parseBucketPolicy(text: string): S3BucketPolicy {
  const parsed = parsePolicyText(text);
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('the policy is not a JSON object');
  return parsed as S3BucketPolicy;
}

/** The per-bucket reads: every S3Bucket field but the bucket's identity. */
type BucketReads = Omit<S3Bucket, 'name' | 'arn' | 'region' | 'creationDate'>;

async function readBucket(ctx: CollectContext, b: Bucket & { Name: string }): Promise<S3Bucket> {
  const name = b.Name;
  const arn = `arn:${ctx.partition}:s3:::${name}`;
  const creationDate = iso(b.CreationDate);
  const region = await readBucketRegion(ctx, b, arn);
  // Without the region no other read can be addressed reliably (a wrong-region call gets a
  // redirect): every field carries the location error, so checks report UNKNOWN, never PASS.
  if (!region.ok) return { name, arn, region: UNKNOWN_BUCKET_REGION, creationDate, ...unreadBucket(region) };
  return { name, arn, region: region.value, creationDate, ...(await readBucketSettings(ctx, name, { target: arn, region: region.value })) };
}

/** The eleven configuration reads of one bucket, concurrently, in the bucket's own region. */
async function readBucketSettings(ctx: CollectContext, Bucket: string, scope: ReadScope): Promise<BucketReads> {
  const client = ctx.clients.get(S3Client, scope.region, ctx.clients.s3Config());
  const get = <T, U>(action: AwsAction, call: () => Promise<T>, map: (v: T) => U) =>
    ctx.reader.read(action, scope, call).then((o) => mapObserved(o, map));
  // A read whose `absent` error code means "not configured": null, not a failure.
  const getOrNull = <T, U>(action: AwsAction, absent: string, call: () => Promise<T>, map: (v: T) => U) =>
    ctx.reader.read(action, scope, call, { absentWhen: [absent] }).then((o) => mapObserved(o, (v) => (v === null ? null : map(v))));

  const reads: { [K in keyof BucketReads]: Promise<BucketReads[K]> } = {
    publicAccessBlock: getOrNull(
      's3:GetBucketPublicAccessBlock',
      'NoSuchPublicAccessBlockConfiguration',
      () => client.send(new GetPublicAccessBlockCommand({ Bucket })),
      (v) => toPublicAccessBlock(v.PublicAccessBlockConfiguration),
    ),
    acl: get('s3:GetBucketAcl', () => client.send(new GetBucketAclCommand({ Bucket })), toAcl),
    policy: getOrNull(
      's3:GetBucketPolicy',
      'NoSuchBucketPolicy',
      () => client.send(new GetBucketPolicyCommand({ Bucket })),
      (v) => v.Policy,
    ).then((o) => andThen(o, (text): Observed<S3BucketPolicy | null> => (text ? readPolicyText(ctx, scope, text) : ok(null)))),
    policyStatus: getOrNull(
      's3:GetBucketPolicyStatus',
      'NoSuchBucketPolicy',
      () => client.send(new GetBucketPolicyStatusCommand({ Bucket })),
      (v) => ({ isPublic: v.PolicyStatus?.IsPublic ?? null }),
    ),
    encryption: getOrNull(
      's3:GetEncryptionConfiguration',
      'ServerSideEncryptionConfigurationNotFoundError',
      () => client.send(new GetBucketEncryptionCommand({ Bucket })),
      toEncryption,
    ),
    versioning: get(
      's3:GetBucketVersioning',
      () => client.send(new GetBucketVersioningCommand({ Bucket })),
      (v) => ({ status: v.Status ?? null, mfaDelete: v.MFADelete ?? null }),
    ),
    logging: get('s3:GetBucketLogging', () => client.send(new GetBucketLoggingCommand({ Bucket })), toLogging),
    lifecycle: getOrNull(
      's3:GetLifecycleConfiguration',
      'NoSuchLifecycleConfiguration',
      () => client.send(new GetBucketLifecycleConfigurationCommand({ Bucket })),
      (v) => ({ rules: (v.Rules ?? []).map((rule) => ({ id: rule.ID ?? null, status: rule.Status ?? 'unknown' })) }),
    ),
    ownershipControls: getOrNull(
      's3:GetBucketOwnershipControls',
      'OwnershipControlsNotFoundError',
      () => client.send(new GetBucketOwnershipControlsCommand({ Bucket })),
      (v) => ({ objectOwnership: v.OwnershipControls?.Rules?.[0]?.ObjectOwnership ?? null }),
    ),
    objectLock: getOrNull(
      's3:GetBucketObjectLockConfiguration',
      'ObjectLockConfigurationNotFoundError',
      () => client.send(new GetObjectLockConfigurationCommand({ Bucket })),
      (v) => ({ enabled: v.ObjectLockConfiguration?.ObjectLockEnabled === 'Enabled' }),
    ),
    notifications: get(
      's3:GetBucketNotification',
      () => client.send(new GetBucketNotificationConfigurationCommand({ Bucket })),
      (v) => ({
        destinations: [
          ...(v.TopicConfigurations ?? []).map((c) => c.TopicArn ?? ''),
          ...(v.QueueConfigurations ?? []).map((c) => c.QueueArn ?? ''),
          ...(v.LambdaFunctionConfigurations ?? []).map((c) => c.LambdaFunctionArn ?? ''),
        ],
        eventBridge: v.EventBridgeConfiguration !== undefined,
      }),
    ),
  };
  return allKeyed(reads);
}

/** Every per-bucket field failed with the same error (the bucket's location could not be read). */
function unreadBucket(failed: { ok: false; error: ReadError }): BucketReads {
  return {
    publicAccessBlock: failed,
    acl: failed,
    policy: failed,
    policyStatus: failed,
    encryption: failed,
    versioning: failed,
    logging: failed,
    lifecycle: failed,
    ownershipControls: failed,
    objectLock: failed,
    notifications: failed,
  };
}

/** A bucket policy that does not parse is a failed read (recorded), never "no policy". */
function readPolicyText(ctx: CollectContext, scope: ReadScope, text: string): Observed<S3BucketPolicy> {
  try {
    return ok(parseBucketPolicy(text));
  } catch (err) {
    return ctx.reader.fail('s3:GetBucketPolicy', scope, `Unparseable bucket policy: ${(err as Error).message}`);
  }
}

function toAcl(v: GetBucketAclCommandOutput): S3Acl {
  return {
    ownerId: v.Owner?.ID ?? null,
    grants: (v.Grants ?? []).map((g) => ({
      granteeType: g.Grantee?.Type ?? 'unknown',
      granteeUri: g.Grantee?.URI ?? null,
      granteeId: g.Grantee?.ID ?? null,
      permission: g.Permission ?? 'unknown',
    })),
  };
}

function toEncryption(v: GetBucketEncryptionCommandOutput): S3Encryption {
  const rules = (v.ServerSideEncryptionConfiguration?.Rules ?? []).flatMap((rule) =>
    rule.ApplyServerSideEncryptionByDefault?.SSEAlgorithm
      ? [
          {
            sseAlgorithm: rule.ApplyServerSideEncryptionByDefault.SSEAlgorithm,
            kmsMasterKeyId: rule.ApplyServerSideEncryptionByDefault.KMSMasterKeyID ?? null,
            bucketKeyEnabled: rule.BucketKeyEnabled ?? null,
          },
        ]
      : [],
  );
  return { rules };
}

function toLogging(v: GetBucketLoggingCommandOutput): S3Logging | null {
  return v.LoggingEnabled?.TargetBucket
    ? { targetBucket: v.LoggingEnabled.TargetBucket, targetPrefix: v.LoggingEnabled.TargetPrefix ?? '' }
    : null;
}
