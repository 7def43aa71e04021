import { z } from 'zod';
import { IsoDate, observedSchema, regionalSchema } from './observed.js';

/** A classic event selector (GetEventSelectors EventSelectors[]). */
export const CloudTrailEventSelector = z.object({
  /** GetEventSelectors EventSelectors[].ReadWriteType: ReadOnly, WriteOnly or All (AWS default All) */
  readWriteType: z.string(),
  /** GetEventSelectors EventSelectors[].IncludeManagementEvents (AWS default true) */
  includeManagementEvents: z.boolean(),
  /** GetEventSelectors EventSelectors[].ExcludeManagementEventSources (e.g. kms.amazonaws.com) */
  excludeManagementEventSources: z.array(z.string()),
  /** GetEventSelectors EventSelectors[].DataResources (S3 objects, Lambda functions, ...) */
  dataResources: z.array(z.object({ type: z.string(), values: z.array(z.string()) })),
});
export type CloudTrailEventSelector = z.infer<typeof CloudTrailEventSelector>;

/** One field condition of an advanced event selector (GetEventSelectors AdvancedEventSelectors[].FieldSelectors[]). */
export const CloudTrailFieldSelector = z.object({
  /** Field, e.g. eventCategory, readOnly, eventSource, resources.type */
  field: z.string(),
  equals: z.array(z.string()),
  notEquals: z.array(z.string()),
  startsWith: z.array(z.string()),
  notStartsWith: z.array(z.string()),
  endsWith: z.array(z.string()),
  notEndsWith: z.array(z.string()),
});
export type CloudTrailFieldSelector = z.infer<typeof CloudTrailFieldSelector>;

/** GetEventSelectors AdvancedEventSelectors[]: the field selectors are ANDed. */
export const CloudTrailAdvancedEventSelector = z.object({
  /** GetEventSelectors AdvancedEventSelectors[].Name */
  name: z.string().nullable(),
  /** GetEventSelectors AdvancedEventSelectors[].FieldSelectors */
  fieldSelectors: z.array(CloudTrailFieldSelector),
});
export type CloudTrailAdvancedEventSelector = z.infer<typeof CloudTrailAdvancedEventSelector>;

/** What the trail records: a trail uses either classic or advanced selectors, never both. */
export const CloudTrailSelectors = z.object({
  /** GetEventSelectors EventSelectors (empty when the trail uses advanced selectors) */
  eventSelectors: z.array(CloudTrailEventSelector),
  /** GetEventSelectors AdvancedEventSelectors (empty when the trail uses classic selectors) */
  advancedEventSelectors: z.array(CloudTrailAdvancedEventSelector),
});
export type CloudTrailSelectors = z.infer<typeof CloudTrailSelectors>;

export const CloudTrailTrailStatus = z.object({
  /** GetTrailStatus IsLogging */
  isLogging: z.boolean(),
  /** GetTrailStatus LatestDeliveryTime (to S3; null: never delivered) */
  latestDeliveryTime: IsoDate.nullable(),
  /** GetTrailStatus LatestCloudWatchLogsDeliveryTime (null: never delivered to CloudWatch Logs) */
  latestCloudWatchLogsDeliveryTime: IsoDate.nullable(),
});
export type CloudTrailTrailStatus = z.infer<typeof CloudTrailTrailStatus>;

/** One trail, recorded once (deduplicated by ARN) although DescribeTrails lists a multi-region trail in every region. */
export const CloudTrailTrail = z.object({
  /** DescribeTrails TrailARN */
  arn: z.string(),
  /** DescribeTrails HomeRegion: findings about the trail are reported in its home region */
  region: z.string(),
  /** DescribeTrails Name */
  name: z.string(),
  /** DescribeTrails HomeRegion */
  homeRegion: z.string(),
  /** DescribeTrails IsMultiRegionTrail */
  isMultiRegionTrail: z.boolean(),
  /** DescribeTrails IsOrganizationTrail */
  isOrganizationTrail: z.boolean(),
  /** DescribeTrails LogFileValidationEnabled */
  logFileValidationEnabled: z.boolean(),
  /** DescribeTrails KmsKeyId (null: SSE-S3 only) */
  kmsKeyId: z.string().nullable(),
  /** DescribeTrails S3BucketName */
  s3BucketName: z.string().nullable(),
  /** DescribeTrails CloudWatchLogsLogGroupArn (null: not integrated with CloudWatch Logs) */
  cloudWatchLogsLogGroupArn: z.string().nullable(),
  /** GetTrailStatus, called in the trail's home region */
  status: observedSchema(CloudTrailTrailStatus),
  /** GetEventSelectors, called in the trail's home region */
  selectors: observedSchema(CloudTrailSelectors),
  /**
   * ListTags(ResourceIdList [arn]) in the trail's home region, as key -> value (aws: system tags
   * included). Absent: an inventory written before tags were recorded (the tag check says UNKNOWN).
   */
  tags: observedSchema(z.record(z.string(), z.string())).optional(),
});
export type CloudTrailTrail = z.infer<typeof CloudTrailTrail>;

export const CloudTrailSection = z.object({
  /**
   * DescribeTrails (includeShadowTrails) per scanned region. A multi-region trail is listed in every
   * region; it is recorded once, under its home region (or, when the home region's listing failed
   * or was not scanned, under the first region that listed it). A failed listing is the region's
   * ReadError.
   */
  trails: regionalSchema(observedSchema(z.array(CloudTrailTrail))),
});
export type CloudTrailSection = z.infer<typeof CloudTrailSection>;
