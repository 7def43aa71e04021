import type { CloudTrailSection, CloudTrailTrail } from '../../src/model/cloudtrail.js';
import { ACCOUNT_ID, NOW, REGIONS, arn, ok } from './common.js';

/**
 * The bucket the compliant trails write to: it must be a compliant bucket of compliantS3Section()
 * (which holds `data-<region>` buckets), so that the trail-bucket checks pass on buildInventory().
 */
export const TRAIL_BUCKET = 'data-us-east-1';
export const TRAIL_LOG_GROUP = 'org-cloudtrail';
export const trailLogGroupArn = (region: string, name = TRAIL_LOG_GROUP) => `arn:aws:logs:${region}:${ACCOUNT_ID}:log-group:${name}:*`;

/** A compliant trail homed in `region` (default us-east-1): multi-region, logging, validated, KMS, CloudWatch Logs. */
export function cloudTrailTrail(overrides: Partial<CloudTrailTrail> = {}): CloudTrailTrail {
  const region = overrides.homeRegion ?? overrides.region ?? 'us-east-1';
  const name = overrides.name ?? 'org-trail';
  const recent = new Date(NOW.getTime() - 5 * 60_000).toISOString();
  return {
    arn: arn('cloudtrail', region, `trail/${name}`),
    region,
    name,
    homeRegion: region,
    isMultiRegionTrail: true,
    isOrganizationTrail: false,
    logFileValidationEnabled: true,
    kmsKeyId: arn('kms', region, 'key/11111111-2222-3333-4444-555555555555'),
    s3BucketName: TRAIL_BUCKET,
    cloudWatchLogsLogGroupArn: trailLogGroupArn(region),
    status: ok({ isLogging: true, latestDeliveryTime: recent, latestCloudWatchLogsDeliveryTime: recent }),
    selectors: ok({
      eventSelectors: [
        {
          readWriteType: 'All',
          includeManagementEvents: true,
          excludeManagementEventSources: [],
          dataResources: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3'] }],
        },
      ],
      advancedEventSelectors: [],
    }),
    tags: ok({ owner: 'security' }),
    ...overrides,
  };
}

/**
 * A section holding exactly these trails, each under its home region (as the collector records
 * them); `regions` replaces whole regions, e.g. `{ 'eu-west-1': denied('cloudtrail:DescribeTrails') }`.
 */
export function cloudTrailSection(trails: CloudTrailTrail[], regions: CloudTrailSection['trails'] = {}): CloudTrailSection {
  const byRegion: CloudTrailSection['trails'] = Object.fromEntries(REGIONS.map((r) => [r, ok(trails.filter((t) => t.region === r))]));
  return { trails: { ...byRegion, ...regions } };
}

/**
 * A fully compliant cloudtrail section: a multi-region trail homed in us-east-1 and a
 * single-region trail homed in eu-west-1, both validated, KMS-encrypted and sent to CloudWatch Logs.
 */
export function compliantCloudTrailSection(): CloudTrailSection {
  return cloudTrailSection([
    cloudTrailTrail(),
    cloudTrailTrail({
      name: 'eu-app-trail',
      homeRegion: 'eu-west-1',
      region: 'eu-west-1',
      isMultiRegionTrail: false,
      cloudWatchLogsLogGroupArn: trailLogGroupArn('eu-west-1', 'eu-app-trail'),
    }),
  ]);
}
