import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/**
 * One eks resource: only what checks read. Name each field's API call and what null means,
 * as the other model files do; never store a secret value.
 */
export const EksResource = z.object({
  arn: z.string(),
  region: z.string(),
  /** ListClusters: the resource's name or id */
  name: z.string(),
});
export type EksResource = z.infer<typeof EksResource>;

/** What the eks collector records. */
export const EksSection = z.object({
  /** ListClusters per scanned region */
  resources: regionalSchema(observedSchema(z.array(EksResource))),
});
export type EksSection = z.infer<typeof EksSection>;
