import { z } from 'zod';
import { IsoDate, observedSchema } from './observed.js';

/** One Trusted Advisor check of the security category, with its latest result summary. */
export const TrustedAdvisorCheck = z.object({
  /** Built: arn:PARTITION:trustedadvisor::ACCOUNT:checks/security/ID (the ARN Trusted Advisor uses for EventBridge) */
  arn: z.string(),
  /** DescribeTrustedAdvisorChecks id */
  id: z.string(),
  /** DescribeTrustedAdvisorChecks name (English) */
  name: z.string(),
  /**
   * DescribeTrustedAdvisorCheckSummaries status: ok (green), warning (yellow), error (red),
   * not_available (the check does not apply to the account); null: no summary was returned.
   */
  status: z.string().nullable(),
  /** resourcesSummary.resourcesFlagged (suppressed resources excluded by AWS); null: not reported */
  resourcesFlagged: z.number().nullable(),
  /** resourcesSummary.resourcesProcessed; null: not reported */
  resourcesProcessed: z.number().nullable(),
  /** timestamp of the last refresh; null: not reported */
  refreshedAt: IsoDate.nullable(),
});
export type TrustedAdvisorCheck = z.infer<typeof TrustedAdvisorCheck>;

/** What the trustedadvisor collector records (the Support API is global, endpoint us-east-1). */
export const TrustedadvisorSection = z.object({
  /**
   * DescribeTrustedAdvisorChecks (category security) joined with DescribeTrustedAdvisorCheckSummaries.
   * Accounts without a Business, Enterprise On-Ramp or Enterprise Support plan get
   * SubscriptionRequiredException: a failed read, never an empty list.
   */
  securityChecks: observedSchema(z.array(TrustedAdvisorCheck)),
});
export type TrustedadvisorSection = z.infer<typeof TrustedadvisorSection>;
