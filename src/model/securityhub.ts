import { z } from 'zod';
import { IsoDate, observedSchema, optionalObservedSchema, regionalSchema } from './observed.js';

export const SecurityHubHub = z.object({
  /** DescribeHub HubArn */
  arn: z.string(),
  region: z.string(),
  /** DescribeHub SubscribedAt */
  subscribedAt: IsoDate.nullable(),
});
export type SecurityHubHub = z.infer<typeof SecurityHubHub>;

export const SecurityHubStandard = z.object({
  /** GetEnabledStandards StandardsSubscriptions[].StandardsArn */
  standardsArn: z.string(),
  /** GetEnabledStandards StandardsSubscriptions[].StandardsSubscriptionArn */
  standardsSubscriptionArn: z.string(),
  /** GetEnabledStandards StandardsSubscriptions[].StandardsStatus: PENDING, READY, FAILED, DELETING, INCOMPLETE */
  standardsStatus: z.string(),
});
export type SecurityHubStandard = z.infer<typeof SecurityHubStandard>;

export const SecurityHubRegion = z.object({
  /** DescribeHub; null when the account is not subscribed to Security Hub in the region */
  hub: optionalObservedSchema(SecurityHubHub),
  /** GetEnabledStandards; null when not read because the hub is not enabled (or could not be read) */
  enabledStandards: observedSchema(z.array(SecurityHubStandard)).nullable(),
});
export type SecurityHubRegion = z.infer<typeof SecurityHubRegion>;

export const SecurityHubSection = z.object({
  regions: regionalSchema(SecurityHubRegion),
});
export type SecurityHubSection = z.infer<typeof SecurityHubSection>;
