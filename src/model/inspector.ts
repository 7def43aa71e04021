import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/**
 * The account's Amazon Inspector scan types in one region (inspector2 BatchGetAccountStatus
 * `resourceState`): each is the scan type's status (ENABLED, ENABLING, DISABLED, DISABLING,
 * SUSPENDED, SUSPENDING); null when the answer has no entry for that scan type.
 */
export const InspectorAccountStatus = z.object({
  /** resourceState.ec2.status: Amazon EC2 scanning */
  ec2: z.string().nullable(),
  /** resourceState.ecr.status: Amazon ECR (container image) scanning */
  ecr: z.string().nullable(),
  /** resourceState.lambda.status: Lambda standard scanning (package dependencies) */
  lambda: z.string().nullable(),
  /** resourceState.lambdaCode.status: Lambda code scanning (the function's own code) */
  lambdaCode: z.string().nullable(),
});
export type InspectorAccountStatus = z.infer<typeof InspectorAccountStatus>;

/** What the inspector collector records. */
export const InspectorSection = z.object({
  /** BatchGetAccountStatus for the scanned account, per scanned region */
  accountStatus: regionalSchema(observedSchema(InspectorAccountStatus)),
});
export type InspectorSection = z.infer<typeof InspectorSection>;
