import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/**
 * One sagemaker resource: only what checks read. Name each field's API call and what null means,
 * as the other model files do; never store a secret value.
 */
export const SagemakerResource = z.object({
  arn: z.string(),
  region: z.string(),
  /** ListNotebookInstances: the resource's name or id */
  name: z.string(),
});
export type SagemakerResource = z.infer<typeof SagemakerResource>;

/** What the sagemaker collector records. */
export const SagemakerSection = z.object({
  /** ListNotebookInstances per scanned region */
  resources: regionalSchema(observedSchema(z.array(SagemakerResource))),
});
export type SagemakerSection = z.infer<typeof SagemakerSection>;
