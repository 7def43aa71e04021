import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/** A WAFv2 web ACL (ListWebACLs Summary, GetWebACL WebACL). */
export const WafV2WebAcl = z.object({
  /** ListWebACLs WebACLs[].ARN */
  arn: z.string(),
  /** The region of a REGIONAL web ACL; 'global' for CLOUDFRONT scope */
  region: z.string(),
  scope: z.enum(['REGIONAL', 'CLOUDFRONT']),
  /** ListWebACLs WebACLs[].Name */
  name: z.string(),
  /** ListWebACLs WebACLs[].Id */
  id: z.string(),
  /** GetWebACL WebACL.Rules length (rules and rule group references) */
  ruleCount: observedSchema(z.number()),
  /**
   * ListResourcesForWebACL(ResourceType APPLICATION_LOAD_BALANCER) ResourceArns: the Application
   * Load Balancers the web ACL protects. REGIONAL web ACLs only; absent for CLOUDFRONT ones and in
   * inventories collected before it was read.
   */
  albArns: observedSchema(z.array(z.string())).optional(),
});
export type WafV2WebAcl = z.infer<typeof WafV2WebAcl>;

/** A WAFv2 rule group of the account (ListRuleGroups Summary, GetRuleGroup RuleGroup). */
export const WafV2RuleGroup = z.object({
  arn: z.string(),
  region: z.string(),
  scope: z.enum(['REGIONAL', 'CLOUDFRONT']),
  name: z.string(),
  id: z.string(),
  /** GetRuleGroup: VisibilityConfig.CloudWatchMetricsEnabled of the group and of each of its Rules[] */
  metrics: observedSchema(
    z.object({
      groupMetricsEnabled: z.boolean(),
      rules: z.array(z.object({ name: z.string(), metricsEnabled: z.boolean() })),
    }),
  ),
});
export type WafV2RuleGroup = z.infer<typeof WafV2RuleGroup>;

/** One WAFv2 scope in one place: REGIONAL in a region, or CLOUDFRONT (global). */
export const WafV2Scope = z.object({
  /** ListWebACLs(Scope) */
  webAcls: observedSchema(z.array(WafV2WebAcl)),
  /** ListRuleGroups(Scope): the account's own rule groups (managed rule groups are not listed) */
  ruleGroups: observedSchema(z.array(WafV2RuleGroup)),
  /**
   * ListLoggingConfigurations(Scope): the ResourceArn of every web ACL with a logging
   * configuration (one list instead of a GetLoggingConfiguration per web ACL); absent in older inventories
   */
  loggedWebAcls: observedSchema(z.array(z.string())).optional(),
});
export type WafV2Scope = z.infer<typeof WafV2Scope>;

/** A WAF Classic web ACL (ListWebACLs, GetWebACL). */
export const WafClassicWebAcl = z.object({
  /** GetWebACL WebACL.WebACLArn, or built from the id when the read failed */
  arn: z.string(),
  /** The region (WAF Classic Regional) or 'global' (WAF Classic for CloudFront) */
  region: z.string(),
  /** ListWebACLs WebACLs[].WebACLId */
  id: z.string(),
  /** ListWebACLs WebACLs[].Name */
  name: z.string(),
  /** GetWebACL WebACL.Rules length (rules and rule groups) */
  ruleCount: observedSchema(z.number()),
});
export type WafClassicWebAcl = z.infer<typeof WafClassicWebAcl>;

/** A WAF Classic rule (ListRules, GetRule). */
export const WafClassicRule = z.object({
  arn: z.string(),
  region: z.string(),
  /** ListRules Rules[].RuleId */
  id: z.string(),
  name: z.string(),
  /** GetRule Rule.Predicates length (conditions) */
  predicateCount: observedSchema(z.number()),
});
export type WafClassicRule = z.infer<typeof WafClassicRule>;

/** A WAF Classic rule group (ListRuleGroups, ListActivatedRulesInRuleGroup). */
export const WafClassicRuleGroup = z.object({
  arn: z.string(),
  region: z.string(),
  /** ListRuleGroups RuleGroups[].RuleGroupId */
  id: z.string(),
  name: z.string(),
  /** ListActivatedRulesInRuleGroup(RuleGroupId): how many rules the group holds */
  ruleCount: observedSchema(z.number()),
});
export type WafClassicRuleGroup = z.infer<typeof WafClassicRuleGroup>;

/** WAF Classic resources in one place (global, or one region of WAF Classic Regional). */
export const WafClassicScope = z.object({
  webAcls: observedSchema(z.array(WafClassicWebAcl)),
  rules: observedSchema(z.array(WafClassicRule)),
  ruleGroups: observedSchema(z.array(WafClassicRuleGroup)),
});
export type WafClassicScope = z.infer<typeof WafClassicScope>;

/** What the waf collector records: WAFv2 (both scopes) and WAF Classic (global and regional). */
export const WafSection = z.object({
  /** WAFv2 REGIONAL scope per scanned region */
  v2Regional: regionalSchema(WafV2Scope),
  /** WAFv2 CLOUDFRONT scope (global; the API is called in us-east-1) */
  v2CloudFront: WafV2Scope,
  /** WAF Classic Regional (waf-regional) per scanned region */
  classicRegional: regionalSchema(WafClassicScope),
  /** WAF Classic global (waf, for CloudFront) */
  classicGlobal: WafClassicScope,
  /**
   * WAF Classic global ListLoggingConfigurations: the ResourceArn of every web ACL that has a
   * logging configuration (a Kinesis Data Firehose destination). One list replaces a
   * GetLoggingConfiguration per web ACL.
   */
  classicGlobalLogging: observedSchema(z.array(z.string())),
});
export type WafSection = z.infer<typeof WafSection>;
