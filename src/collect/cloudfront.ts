import {
  CloudFrontClient,
  GetDistributionConfigCommand,
  ListTagsForResourceCommand,
  paginateListDistributions,
  type CacheBehavior,
  type DefaultCacheBehavior,
  type DistributionConfig,
} from '@aws-sdk/client-cloudfront';
import type {
  CloudFrontCacheBehavior,
  CloudFrontDistribution,
  CloudFrontDistributionConfig,
  CloudfrontSection,
} from '../model/cloudfront.js';
import type { Collector } from './kit/collector.js';
import { task, type CollectContext } from './kit/context.js';
import { allKeyed, andThen, mapObserved, ok } from './kit/observed.js';
import { readList } from './kit/list.js';

/** An empty string in CloudFront's XML means "not set". */
const text = (s: string | undefined | null): string | null => (s ? s : null);

function toBehavior(b: DefaultCacheBehavior | CacheBehavior, pathPattern: string | null): CloudFrontCacheBehavior {
  return {
    pathPattern,
    targetOriginId: b.TargetOriginId ?? '',
    viewerProtocolPolicy: b.ViewerProtocolPolicy ?? '',
    trustedSigners: Boolean(b.TrustedSigners?.Enabled) && (b.TrustedSigners?.Quantity ?? 0) > 0,
    trustedKeyGroups: Boolean(b.TrustedKeyGroups?.Enabled) && (b.TrustedKeyGroups?.Quantity ?? 0) > 0,
  };
}

export function toDistributionConfig(c: DistributionConfig | undefined): CloudFrontDistributionConfig {
  const vc = c?.ViewerCertificate;
  const behaviors: CloudFrontCacheBehavior[] = [];
  if (c?.DefaultCacheBehavior) behaviors.push(toBehavior(c.DefaultCacheBehavior, null));
  for (const b of c?.CacheBehaviors?.Items ?? []) behaviors.push(toBehavior(b, b.PathPattern ?? ''));
  return {
    defaultRootObject: text(c?.DefaultRootObject),
    origins: (c?.Origins?.Items ?? []).map((o) => ({
      id: o.Id ?? '',
      domainName: o.DomainName ?? '',
      s3OriginConfig: o.S3OriginConfig !== undefined,
      originAccessControlId: text(o.OriginAccessControlId),
      custom: o.CustomOriginConfig
        ? {
            originProtocolPolicy: o.CustomOriginConfig.OriginProtocolPolicy ?? '',
            originSslProtocols: o.CustomOriginConfig.OriginSslProtocols?.Items ?? [],
          }
        : null,
    })),
    originGroups: (c?.OriginGroups?.Items ?? []).map((g) => ({
      id: g.Id ?? '',
      members: (g.Members?.Items ?? []).map((m) => m.OriginId ?? ''),
    })),
    cacheBehaviors: behaviors,
    loggingEnabled: c?.Logging?.Enabled === true,
    webAclId: text(c?.WebACLId),
    viewerCertificate: {
      cloudFrontDefaultCertificate: vc?.CloudFrontDefaultCertificate === true,
      acmCertificateArn: text(vc?.ACMCertificateArn),
      iamCertificateId: text(vc?.IAMCertificateId),
      sslSupportMethod: text(vc?.SSLSupportMethod),
      minimumProtocolVersion: text(vc?.MinimumProtocolVersion),
    },
  };
}

/** CloudFront's API lives in us-east-1 (cn-northwest-1 in China, us-gov-west-1 in GovCloud: the home region there). */
export function cloudFrontApiRegion(ctx: CollectContext): string {
  return ctx.partition === 'aws' ? 'us-east-1' : ctx.homeRegion;
}

/**
 * Distributions: ListDistributions (100 per page), then GetDistributionConfig and
 * ListTagsForResource per distribution (1 + 2N calls).
 * The list's summaries carry origins, behaviors, certificate and WebACLId, but not DefaultRootObject
 * or Logging (CloudFront.1, .5), so one per-distribution call is needed anyway; the whole config is
 * then taken from that one answer rather than stitched from two.
 * https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_DistributionSummary.html
 */
export async function collectCloudfront(ctx: CollectContext): Promise<CloudfrontSection> {
  return task(ctx, 'cloudfront', 'global', async () => {
    const client = ctx.clients.get(CloudFrontClient, cloudFrontApiRegion(ctx));
    const arnOf = (id: string) => `arn:${ctx.partition}:cloudfront::${ctx.accountId}:distribution/${id}`;
    const listed = await readList(
      ctx.reader,
      'cloudfront:ListDistributions',
      { target: arnOf('*'), region: 'global' },
      () => paginateListDistributions({ client, pageSize: 100 }, {}),
      (p) => p.DistributionList?.Items,
      (d) => ({ id: d.Id ?? '', domainName: d.DomainName ?? '' }),
    );
    const distributions = await andThen(listed, async (list) =>
      ok(
        await Promise.all(
          list.map(async ({ id, domainName }): Promise<CloudFrontDistribution> => {
            const arn = arnOf(id);
            const reads = await allKeyed({
              config: ctx.reader.read('cloudfront:GetDistributionConfig', { target: arn, region: 'global' }, () =>
                client.send(new GetDistributionConfigCommand({ Id: id })),
              ),
              // CloudFront.14: CloudFront has no call that returns tags for many distributions.
              tags: ctx.reader.read('cloudfront:ListTagsForResource', { target: arn, region: 'global' }, () =>
                client.send(new ListTagsForResourceCommand({ Resource: arn })),
              ),
            });
            return {
              arn,
              region: 'global',
              id,
              domainName,
              config: mapObserved(reads.config, (r) => toDistributionConfig(r.DistributionConfig)),
              tagKeys: mapObserved(reads.tags, (r) => (r.Tags?.Items ?? []).flatMap((t) => (t.Key ? [t.Key] : []))),
            };
          }),
        ),
      ),
    );
    return { distributions };
  });
}

export const cloudfrontCollector: Collector<'cloudfront'> = {
  section: 'cloudfront',
  collect: collectCloudfront,
};
