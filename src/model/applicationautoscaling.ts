import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/**
 * One applicationautoscaling resource: only what checks read. Name each field's API call and what null means,
 * as the other model files do; never store a secret value.
 */
export const ApplicationautoscalingResource = z.object({
  arn: z.string(),
  region: z.string(),
  /** DescribeScalableTargets: the resource's name or id */
  name: z.string(),
});
export type ApplicationautoscalingResource = z.infer<typeof ApplicationautoscalingResource>;

/** What the applicationautoscaling collector records. */
export const ApplicationautoscalingSection = z.object({
  /** DescribeScalableTargets per scanned region */
  resources: regionalSchema(observedSchema(z.array(ApplicationautoscalingResource))),
});
export type ApplicationautoscalingSection = z.infer<typeof ApplicationautoscalingSection>;
