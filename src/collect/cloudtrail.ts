import {
  CloudTrailClient,
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
  ListTagsCommand,
  type AdvancedEventSelector,
  type EventSelector,
  type Trail,
} from '@aws-sdk/client-cloudtrail';
import type { CloudTrailSection, CloudTrailSelectors, CloudTrailTrail } from '../model/cloudtrail.js';
import type { Observed } from '../model/observed.js';
import type { Collector } from './kit/collector.js';
import { iso } from './kit/time.js';
import { forEachRegion, type CollectContext } from './kit/context.js';
import { mapObserved } from './kit/observed.js';

function toSelectors(eventSelectors: EventSelector[] | undefined, advanced: AdvancedEventSelector[] | undefined): CloudTrailSelectors {
  return {
    eventSelectors: (eventSelectors ?? []).map((s) => ({
      // AWS documents both defaults: ReadWriteType All, IncludeManagementEvents true.
      readWriteType: s.ReadWriteType ?? 'All',
      includeManagementEvents: s.IncludeManagementEvents ?? true,
      excludeManagementEventSources: s.ExcludeManagementEventSources ?? [],
      dataResources: (s.DataResources ?? []).map((d) => ({ type: d.Type ?? '', values: d.Values ?? [] })),
    })),
    advancedEventSelectors: (advanced ?? []).map((s) => ({
      name: s.Name ?? null,
      fieldSelectors: (s.FieldSelectors ?? []).map((f) => ({
        field: f.Field ?? '',
        equals: f.Equals ?? [],
        notEquals: f.NotEquals ?? [],
        startsWith: f.StartsWith ?? [],
        notStartsWith: f.NotStartsWith ?? [],
        endsWith: f.EndsWith ?? [],
        notEndsWith: f.NotEndsWith ?? [],
      })),
    })),
  };
}

/** GetTrailStatus and GetEventSelectors for one trail, in its home region (where the trail is defined). */
async function readTrail(ctx: CollectContext, trail: Trail & { TrailARN: string }, listedIn: string): Promise<CloudTrailTrail> {
  const arn = trail.TrailARN;
  const home = trail.HomeRegion ?? listedIn;
  const client = ctx.clients.get(CloudTrailClient, home);
  const scope = { target: arn, region: home };
  const [status, selectors, tags] = await Promise.all([
    ctx.reader.read('cloudtrail:GetTrailStatus', scope, () => client.send(new GetTrailStatusCommand({ Name: arn }))),
    ctx.reader.read('cloudtrail:GetEventSelectors', scope, () => client.send(new GetEventSelectorsCommand({ TrailName: arn }))),
    ctx.reader.read('cloudtrail:ListTags', scope, () => client.send(new ListTagsCommand({ ResourceIdList: [arn] }))),
  ]);
  return {
    arn,
    region: home,
    name: trail.Name ?? arn.split('/').pop() ?? arn,
    homeRegion: home,
    isMultiRegionTrail: trail.IsMultiRegionTrail ?? false,
    isOrganizationTrail: trail.IsOrganizationTrail ?? false,
    logFileValidationEnabled: trail.LogFileValidationEnabled ?? false,
    kmsKeyId: trail.KmsKeyId ?? null,
    s3BucketName: trail.S3BucketName ?? null,
    cloudWatchLogsLogGroupArn: trail.CloudWatchLogsLogGroupArn ?? null,
    status: mapObserved(status, (s) => ({
      isLogging: s.IsLogging ?? false,
      latestDeliveryTime: iso(s.LatestDeliveryTime),
      latestCloudWatchLogsDeliveryTime: iso(s.LatestCloudWatchLogsDeliveryTime),
    })),
    selectors: mapObserved(selectors, (s) => toSelectors(s.EventSelectors, s.AdvancedEventSelectors)),
    tags: mapObserved(tags, (t) =>
      Object.fromEntries(
        (t.ResourceTagList ?? [])
          .filter((r) => r.ResourceId === arn)
          .flatMap((r) => r.TagsList ?? [])
          .filter((tag) => tag.Key !== undefined)
          .map((tag) => [tag.Key ?? '', tag.Value ?? '']),
      ),
    ),
  };
}

export async function collectCloudTrail(ctx: CollectContext): Promise<CloudTrailSection> {
  // DescribeTrails is not paginated. With includeShadowTrails every region also lists the
  // multi-region (and organization) trails homed elsewhere, so one trail appears in many regions:
  // https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_DescribeTrails.html
  const listings = await forEachRegion(ctx, 'cloudtrail', (region) =>
    ctx.reader.read(
      'cloudtrail:DescribeTrails',
      { target: `arn:${ctx.partition}:cloudtrail:${region}:${ctx.accountId}:trail/*`, region },
      async () => {
        const out = await ctx.clients.get(CloudTrailClient, region).send(new DescribeTrailsCommand({ includeShadowTrails: true }));
        return (out.trailList ?? []).filter((t): t is Trail & { TrailARN: string } => typeof t.TrailARN === 'string');
      },
    ),
  );

  // One owner region per trail ARN: its home region when that listing succeeded, else the first
  // region (in order) that listed it.
  const owner = new Map<string, { trail: Trail & { TrailARN: string }; region: string }>();
  for (const region of Object.keys(listings).sort()) {
    const listing = listings[region] as Observed<(Trail & { TrailARN: string })[]>;
    if (!listing.ok) continue;
    for (const trail of listing.value) {
      if (!owner.has(trail.TrailARN) || trail.HomeRegion === region) owner.set(trail.TrailARN, { trail, region });
    }
  }

  const trails: CloudTrailSection['trails'] = {};
  await Promise.all(
    Object.entries(listings).map(async ([region, listing]) => {
      if (!listing.ok) {
        trails[region] = listing;
        return;
      }
      const mine = [...owner.values()].filter((o) => o.region === region);
      const records = await Promise.all(mine.map(({ trail }) => readTrail(ctx, trail, region)));
      trails[region] = { ok: true, value: records.sort((a, b) => a.arn.localeCompare(b.arn)) };
    }),
  );
  return {
    trails: Object.fromEntries(
      Object.keys(trails)
        .sort()
        .map((r) => [r, trails[r] as CloudTrailSection['trails'][string]]),
    ),
  };
}

export const cloudtrailCollector: Collector<'cloudtrail'> = {
  section: 'cloudtrail',
  collect: collectCloudTrail,
};
