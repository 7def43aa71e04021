import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/**
 * One dms resource: only what checks read. Name each field's API call and what null means,
 * as the other model files do; never store a secret value.
 */
export const DmsResource = z.object({
  arn: z.string(),
  region: z.string(),
  /** DescribeReplicationInstances: the resource's name or id */
  name: z.string(),
});
export type DmsResource = z.infer<typeof DmsResource>;

/** What the dms collector records. */
export const DmsSection = z.object({
  /** DescribeReplicationInstances per scanned region */
  resources: regionalSchema(observedSchema(z.array(DmsResource))),
});
export type DmsSection = z.infer<typeof DmsSection>;
