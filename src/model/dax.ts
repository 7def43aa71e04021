import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/**
 * One dax resource: only what checks read. Name each field's API call and what null means,
 * as the other model files do; never store a secret value.
 */
export const DaxResource = z.object({
  arn: z.string(),
  region: z.string(),
  /** DescribeClusters: the resource's name or id */
  name: z.string(),
});
export type DaxResource = z.infer<typeof DaxResource>;

/** What the dax collector records. */
export const DaxSection = z.object({
  /** DescribeClusters per scanned region */
  resources: regionalSchema(observedSchema(z.array(DaxResource))),
});
export type DaxSection = z.infer<typeof DaxSection>;
