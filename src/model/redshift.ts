import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/**
 * One redshift resource: only what checks read. Name each field's API call and what null means,
 * as the other model files do; never store a secret value.
 */
export const RedshiftResource = z.object({
  arn: z.string(),
  region: z.string(),
  /** DescribeClusters: the resource's name or id */
  name: z.string(),
});
export type RedshiftResource = z.infer<typeof RedshiftResource>;

/** What the redshift collector records. */
export const RedshiftSection = z.object({
  /** DescribeClusters per scanned region */
  resources: regionalSchema(observedSchema(z.array(RedshiftResource))),
});
export type RedshiftSection = z.infer<typeof RedshiftSection>;
