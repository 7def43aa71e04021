import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/** A Firewall Manager policy (ListPolicies PolicyList[]). */
export const FmsPolicy = z.object({
  /** PolicyArn */
  arn: z.string(),
  region: z.string(),
  /** PolicyName */
  name: z.string(),
  /**
   * SecurityServiceType: WAF, WAFV2, SHIELD_ADVANCED, SECURITY_GROUPS_COMMON,
   * SECURITY_GROUPS_CONTENT_AUDIT, SECURITY_GROUPS_USAGE_AUDIT, NETWORK_FIREWALL, DNS_FIREWALL, ...;
   * null when AWS sent none
   */
  securityServiceType: z.string().nullable(),
  /** ResourceType: the resource type the policy protects; null when AWS sent none */
  resourceType: z.string().nullable(),
  /** RemediationEnabled: whether Firewall Manager fixes non-compliant resources itself; null when AWS sent none */
  remediationEnabled: z.boolean().nullable(),
});
export type FmsPolicy = z.infer<typeof FmsPolicy>;

/**
 * What ListPolicies answered: the policies (only the Firewall Manager administrator account sees
 * them), or the error Firewall Manager declined with when the call is not possible from this
 * account or region (InvalidOperationException, ResourceNotFoundException), kept apart from failed
 * reads so that "not the administrator" is never read as "no policies".
 */
export const FmsPolicyList = z.discriminatedUnion('status', [
  z.object({ status: z.literal('listed'), policies: z.array(FmsPolicy) }),
  z.object({
    status: z.literal('declined'),
    /** The exception name AWS answered with */
    code: z.string(),
    /** Its message, as AWS sent it */
    message: z.string(),
  }),
]);
export type FmsPolicyList = z.infer<typeof FmsPolicyList>;

/** What the fms collector records in one region. */
export const FmsRegion = z.object({
  /** ListPolicies, every page */
  policies: observedSchema(FmsPolicyList),
});
export type FmsRegion = z.infer<typeof FmsRegion>;

/** What the fms collector records. */
export const FmsSection = z.object({
  /** Per scanned region (Firewall Manager policies are regional) */
  regions: regionalSchema(FmsRegion),
});
export type FmsSection = z.infer<typeof FmsSection>;
