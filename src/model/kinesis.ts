import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/**
 * One kinesis resource: only what checks read. Name each field's API call and what null means,
 * as the other model files do; never store a secret value.
 */
export const KinesisResource = z.object({
  arn: z.string(),
  region: z.string(),
  /** ListStreams: the resource's name or id */
  name: z.string(),
});
export type KinesisResource = z.infer<typeof KinesisResource>;

/** What the kinesis collector records. */
export const KinesisSection = z.object({
  /** ListStreams per scanned region */
  resources: regionalSchema(observedSchema(z.array(KinesisResource))),
});
export type KinesisSection = z.infer<typeof KinesisSection>;
