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
  GetPublicAccessBlockCommand,
  paginateListBuckets,
  S3Client,
  type Bucket,
  type PublicAccessBlockConfiguration,
} from '@aws-sdk/client-s3';
import { GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand, S3ControlClient } from '@aws-sdk/client-s3-control';
import type { Observed, ReadError } from '../model/observed.js';
import { UNKNOWN_BUCKET_REGION, type S3Bucket, type S3BucketPolicy, type S3PublicAccessBlock, type S3Section } from '../model/s3.js';
import type { Collector } from './collector.js';
import { task, type CollectContext } from './context.js';
import { allPages, mapObserved } from './read.js';
import { parsePolicyText } from './policy-text.js';

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

async function readBucket(ctx: CollectContext, b: Bucket & { Name: string }): Promise<S3Bucket> {
  const name = b.Name;
  const arn = `arn:${ctx.partition}:s3:::${name}`;
  const creationDate = b.CreationDate ? b.CreationDate.toISOString() : null;
  const region = await readBucketRegion(ctx, b, arn);
  if (!region.ok) {
    // Without the region no other read can be addressed reliably (a wrong-region call gets a
    // redirect): every field carries the location error, so checks report UNKNOWN, never PASS.
    const failed = { ok: false as const, error: region.error };
    return {
      name,
      arn,
      region: UNKNOWN_BUCKET_REGION,
      creationDate,
      publicAccessBlock: failed,
      acl: failed,
      policy: failed,
      policyStatus: failed,
      encryption: failed,
      versioning: failed,
      logging: failed,
      lifecycle: failed,
      ownershipControls: failed,
    };
  }
  const r = region.value;
  const client = ctx.clients.get(S3Client, r, ctx.clients.s3Config());
  const scope = { target: arn, region: r };
  const Bucket = name;

  const [publicAccessBlock, acl, policy, policyStatus, encryption, versioning, logging, lifecycle, ownershipControls] = await Promise.all([
    ctx.reader
      .read('s3:GetBucketPublicAccessBlock', scope, () => client.send(new GetPublicAccessBlockCommand({ Bucket })), {
        absentWhen: ['NoSuchPublicAccessBlockConfiguration'],
      })
      .then((o) => mapObserved(o, (v) => (v ? toPublicAccessBlock(v.PublicAccessBlockConfiguration) : null))),
    ctx.reader
      .read('s3:GetBucketAcl', scope, () => client.send(new GetBucketAclCommand({ Bucket })))
      .then((o) =>
        mapObserved(o, (v) => ({
          ownerId: v.Owner?.ID ?? null,
          grants: (v.Grants ?? []).map((g) => ({
            granteeType: g.Grantee?.Type ?? 'unknown',
            granteeUri: g.Grantee?.URI ?? null,
            granteeId: g.Grantee?.ID ?? null,
            permission: g.Permission ?? 'unknown',
          })),
        })),
      ),
    ctx.reader
      .read('s3:GetBucketPolicy', scope, () => client.send(new GetBucketPolicyCommand({ Bucket })), { absentWhen: ['NoSuchBucketPolicy'] })
      .then((o): Observed<S3BucketPolicy | null> => {
        if (!o.ok || !o.value?.Policy) return o.ok ? { ok: true, value: null } : o;
        try {
          return { ok: true, value: parseBucketPolicy(o.value.Policy) };
        } catch (err) {
          const error: ReadError = {
            action: 's3:GetBucketPolicy',
            kind: 'other',
            target: arn,
            region: r,
            message: `Unparseable bucket policy: ${(err as Error).message}`,
          };
          ctx.reader.errors.push(error);
          return { ok: false, error };
        }
      }),
    ctx.reader
      .read('s3:GetBucketPolicyStatus', scope, () => client.send(new GetBucketPolicyStatusCommand({ Bucket })), {
        absentWhen: ['NoSuchBucketPolicy'],
      })
      .then((o) => mapObserved(o, (v) => (v ? { isPublic: v.PolicyStatus?.IsPublic ?? null } : null))),
    ctx.reader
      .read('s3:GetEncryptionConfiguration', scope, () => client.send(new GetBucketEncryptionCommand({ Bucket })), {
        absentWhen: ['ServerSideEncryptionConfigurationNotFoundError'],
      })
      .then((o) =>
        mapObserved(o, (v) => {
          if (!v) return null;
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
        }),
      ),
    ctx.reader
      .read('s3:GetBucketVersioning', scope, () => client.send(new GetBucketVersioningCommand({ Bucket })))
      .then((o) => mapObserved(o, (v) => ({ status: v.Status ?? null, mfaDelete: v.MFADelete ?? null }))),
    ctx.reader
      .read('s3:GetBucketLogging', scope, () => client.send(new GetBucketLoggingCommand({ Bucket })))
      .then((o) =>
        mapObserved(o, (v) =>
          v.LoggingEnabled?.TargetBucket
            ? { targetBucket: v.LoggingEnabled.TargetBucket, targetPrefix: v.LoggingEnabled.TargetPrefix ?? '' }
            : null,
        ),
      ),
    ctx.reader
      .read('s3:GetLifecycleConfiguration', scope, () => client.send(new GetBucketLifecycleConfigurationCommand({ Bucket })), {
        absentWhen: ['NoSuchLifecycleConfiguration'],
      })
      .then((o) =>
        mapObserved(o, (v) =>
          v ? { rules: (v.Rules ?? []).map((rule) => ({ id: rule.ID ?? null, status: rule.Status ?? 'unknown' })) } : null,
        ),
      ),
    ctx.reader
      .read('s3:GetBucketOwnershipControls', scope, () => client.send(new GetBucketOwnershipControlsCommand({ Bucket })), {
        absentWhen: ['OwnershipControlsNotFoundError'],
      })
      .then((o) => mapObserved(o, (v) => (v ? { objectOwnership: v.OwnershipControls?.Rules?.[0]?.ObjectOwnership ?? null } : null))),
  ]);

  return {
    name,
    arn,
    region: r,
    creationDate,
    publicAccessBlock,
    acl,
    policy,
    policyStatus,
    encryption,
    versioning,
    logging,
    lifecycle,
    ownershipControls,
  };
}
