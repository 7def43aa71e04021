import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/**
 * One ssm resource: only what checks read. Name each field's API call and what null means,
 * as the other model files do; never store a secret value.
 */
export const SsmResource = z.object({
  arn: z.string(),
  region: z.string(),
  /** DescribeInstanceInformation: the resource's name or id */
  name: z.string(),
});
export type SsmResource = z.infer<typeof SsmResource>;

/** What the ssm collector records. */
export const SsmSection = z.object({
  /** DescribeInstanceInformation per scanned region */
  resources: regionalSchema(observedSchema(z.array(SsmResource))),
});
export type SsmSection = z.infer<typeof SsmSection>;
