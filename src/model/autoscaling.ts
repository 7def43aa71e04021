import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/**
 * One autoscaling resource: only what checks read. Name each field's API call and what null means,
 * as the other model files do; never store a secret value.
 */
export const AutoscalingResource = z.object({
  arn: z.string(),
  region: z.string(),
  /** DescribeAutoScalingGroups: the resource's name or id */
  name: z.string(),
});
export type AutoscalingResource = z.infer<typeof AutoscalingResource>;

/** What the autoscaling collector records. */
export const AutoscalingSection = z.object({
  /** DescribeAutoScalingGroups per scanned region */
  resources: regionalSchema(observedSchema(z.array(AutoscalingResource))),
});
export type AutoscalingSection = z.infer<typeof AutoscalingSection>;
