import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/**
 * One acm resource: only what checks read. Name each field's API call and what null means,
 * as the other model files do; never store a secret value.
 */
export const AcmResource = z.object({
  arn: z.string(),
  region: z.string(),
  /** ListCertificates: the resource's name or id */
  name: z.string(),
});
export type AcmResource = z.infer<typeof AcmResource>;

/** What the acm collector records. */
export const AcmSection = z.object({
  /** ListCertificates per scanned region */
  resources: regionalSchema(observedSchema(z.array(AcmResource))),
});
export type AcmSection = z.infer<typeof AcmSection>;
