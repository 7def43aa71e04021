import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/**
 * One ecr resource: only what checks read. Name each field's API call and what null means,
 * as the other model files do; never store a secret value.
 */
export const EcrResource = z.object({
  arn: z.string(),
  region: z.string(),
  /** DescribeRepositories: the resource's name or id */
  name: z.string(),
});
export type EcrResource = z.infer<typeof EcrResource>;

/** What the ecr collector records. */
export const EcrSection = z.object({
  /** DescribeRepositories per scanned region */
  resources: regionalSchema(observedSchema(z.array(EcrResource))),
});
export type EcrSection = z.infer<typeof EcrSection>;
