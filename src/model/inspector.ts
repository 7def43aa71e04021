import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/**
 * One inspector resource: only what checks read. Name each field's API call and what null means,
 * as the other model files do; never store a secret value.
 */
export const InspectorResource = z.object({
  arn: z.string(),
  region: z.string(),
  /** GetConfiguration: the resource's name or id */
  name: z.string(),
});
export type InspectorResource = z.infer<typeof InspectorResource>;

/** What the inspector collector records. */
export const InspectorSection = z.object({
  /** GetConfiguration per scanned region */
  resources: regionalSchema(observedSchema(z.array(InspectorResource))),
});
export type InspectorSection = z.infer<typeof InspectorSection>;
