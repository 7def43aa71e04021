import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/**
 * One apigateway resource: only what checks read. Name each field's API call and what null means,
 * as the other model files do; never store a secret value.
 */
export const ApigatewayResource = z.object({
  arn: z.string(),
  region: z.string(),
  /** GetRestApis: the resource's name or id */
  name: z.string(),
});
export type ApigatewayResource = z.infer<typeof ApigatewayResource>;

/** What the apigateway collector records. */
export const ApigatewaySection = z.object({
  /** GetRestApis per scanned region */
  resources: regionalSchema(observedSchema(z.array(ApigatewayResource))),
});
export type ApigatewaySection = z.infer<typeof ApigatewaySection>;
