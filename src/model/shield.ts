import { z } from 'zod';
import { observedSchema } from './observed.js';

/** The Shield Advanced subscription (DescribeSubscription Subscription). */
export const ShieldSubscription = z.object({
  /** DescribeSubscription Subscription.StartTime (ISO) */
  startTime: z.string().nullable(),
  /** DescribeSubscription Subscription.EndTime (ISO); null when absent */
  endTime: z.string().nullable(),
});
export type ShieldSubscription = z.infer<typeof ShieldSubscription>;

/** What the shield collector records (Shield is global: its API is in us-east-1). */
export const ShieldSection = z.object({
  /**
   * DescribeSubscription; null = ResourceNotFoundException, i.e. the account is not subscribed to
   * Shield Advanced (a fact, not a read failure)
   */
  subscription: observedSchema(ShieldSubscription.nullable()),
  /**
   * ListProtections: the ARNs of the resources Shield Advanced protects; null when the account is
   * not subscribed (not read: protections need a subscription)
   */
  protectedResourceArns: observedSchema(z.array(z.string()).nullable()),
});
export type ShieldSection = z.infer<typeof ShieldSection>;
