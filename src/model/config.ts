import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

export const ConfigRecorder = z.object({
  /** DescribeConfigurationRecorders name */
  name: z.string(),
  /** DescribeConfigurationRecorders recordingGroup.allSupported */
  allSupported: z.boolean(),
  /** DescribeConfigurationRecorders recordingGroup.includeGlobalResourceTypes (IAM users, roles, ...) */
  includeGlobalResourceTypes: z.boolean(),
  /** DescribeConfigurationRecorders recordingGroup.recordingStrategy.useOnly (null on older recorders) */
  recordingStrategy: z.string().nullable(),
  /** DescribeConfigurationRecorders recordingGroup.resourceTypes (only with INCLUSION_BY_RESOURCE_TYPES) */
  resourceTypes: z.array(z.string()),
  /** DescribeConfigurationRecorders recordingGroup.exclusionByResourceTypes.resourceTypes */
  excludedResourceTypes: z.array(z.string()),
});
export type ConfigRecorder = z.infer<typeof ConfigRecorder>;

export const ConfigRecorderStatus = z.object({
  /** DescribeConfigurationRecorderStatus name */
  name: z.string(),
  /** DescribeConfigurationRecorderStatus recording */
  recording: z.boolean(),
  /** DescribeConfigurationRecorderStatus lastStatus: Pending, Success or Failure (null before the first run) */
  lastStatus: z.string().nullable(),
});
export type ConfigRecorderStatus = z.infer<typeof ConfigRecorderStatus>;

export const ConfigDeliveryChannel = z.object({
  /** DescribeDeliveryChannels name */
  name: z.string(),
  /** DescribeDeliveryChannels s3BucketName */
  s3BucketName: z.string().nullable(),
  /** DescribeDeliveryChannels snsTopicARN */
  snsTopicArn: z.string().nullable(),
});
export type ConfigDeliveryChannel = z.infer<typeof ConfigDeliveryChannel>;

export const ConfigRegion = z.object({
  /** DescribeConfigurationRecorders */
  recorders: observedSchema(z.array(ConfigRecorder)),
  /** DescribeConfigurationRecorderStatus */
  recorderStatuses: observedSchema(z.array(ConfigRecorderStatus)),
  /** DescribeDeliveryChannels */
  deliveryChannels: observedSchema(z.array(ConfigDeliveryChannel)),
});
export type ConfigRegion = z.infer<typeof ConfigRegion>;

export const ConfigSection = z.object({
  regions: regionalSchema(ConfigRegion),
});
export type ConfigSection = z.infer<typeof ConfigSection>;
