import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/**
 * One efs resource: only what checks read. Name each field's API call and what null means,
 * as the other model files do; never store a secret value.
 */
export const EfsResource = z.object({
  arn: z.string(),
  region: z.string(),
  /** DescribeFileSystems: the resource's name or id */
  name: z.string(),
});
export type EfsResource = z.infer<typeof EfsResource>;

/** What the efs collector records. */
export const EfsSection = z.object({
  /** DescribeFileSystems per scanned region */
  resources: regionalSchema(observedSchema(z.array(EfsResource))),
});
export type EfsSection = z.infer<typeof EfsSection>;
