import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/** A scalable target or scaling policy: what it scales. */
export const ApplicationautoscalingScaled = z.object({
  /** ResourceId, e.g. `table/orders` or `table/orders/index/by-date` */
  resourceId: z.string(),
  /** ScalableDimension, e.g. `dynamodb:table:ReadCapacityUnits` */
  scalableDimension: z.string(),
});
export type ApplicationautoscalingScaled = z.infer<typeof ApplicationautoscalingScaled>;

/** The DynamoDB namespace of one region. */
export const ApplicationautoscalingRegion = z.object({
  /** DescribeScalableTargets (ServiceNamespace dynamodb) */
  dynamodbTargets: observedSchema(z.array(ApplicationautoscalingScaled)),
  /** DescribeScalingPolicies (ServiceNamespace dynamodb) */
  dynamodbPolicies: observedSchema(z.array(ApplicationautoscalingScaled)),
});
export type ApplicationautoscalingRegion = z.infer<typeof ApplicationautoscalingRegion>;

/** What the applicationautoscaling collector records (only the DynamoDB namespace is read). */
export const ApplicationautoscalingSection = z.object({
  /** Per scanned region */
  regions: regionalSchema(ApplicationautoscalingRegion),
});
export type ApplicationautoscalingSection = z.infer<typeof ApplicationautoscalingSection>;
