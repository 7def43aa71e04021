import { z } from 'zod';
import { IsoDate, observedSchema, regionalSchema } from './observed.js';

/** An IAM Identity Center instance visible to the account (sso-admin ListInstances Instances[]). */
export const IdentityCenterInstance = z.object({
  /** ListInstances InstanceArn */
  arn: z.string(),
  /** the region the instance was listed in (Identity Center lives in one region) */
  region: z.string(),
  /** ListInstances IdentityStoreId */
  identityStoreId: z.string().nullable(),
  /** ListInstances OwnerAccountId: the management account for an organization instance */
  ownerAccountId: z.string().nullable(),
  /** ListInstances Status: CREATE_IN_PROGRESS, DELETE_IN_PROGRESS or ACTIVE */
  status: z.string().nullable(),
  /** ListInstances CreatedDate */
  createdDate: IsoDate.nullable(),
});
export type IdentityCenterInstance = z.infer<typeof IdentityCenterInstance>;

export const IdentityCenterSection = z.object({
  /** ListInstances, per scanned region */
  instances: regionalSchema(observedSchema(z.array(IdentityCenterInstance))),
});
export type IdentityCenterSection = z.infer<typeof IdentityCenterSection>;
