import { defineCheck, fail, pass, unknown } from '../define-check.js';
import { eachV2 } from './scopes.js';

export const wafWebAclHasRules = defineCheck({
  id: 'waf-web-acl-has-rules',
  title: 'AWS WAF web ACLs have at least one rule or rule group',
  service: 'waf',
  severity: 'medium',
  resourceType: 'AwsWafv2WebAcl',
  frameworks: { fsbp: ['WAF.10'] },
  rationale:
    'A web ACL without rules or rule groups applies only its default action to every request: it allows (or blocks) everything without inspection. As Security Hub WAF.10, an AWS WAF (v2) web ACL of either scope (regional or CloudFront) fails when it has no rule or rule group.',
  remediation: {
    summary: 'Add rules or managed rule groups (for example the AWS managed core rule set) to the web ACL, or delete it.',
    console: 'AWS WAF console > Web ACLs > <web ACL> > Rules > Add rules > Add managed rule groups (or Add my own rules) > Save.',
    docs: 'https://docs.aws.amazon.com/waf/latest/developerguide/web-acl-editing.html',
  },
  reads: ['waf'],
  evaluate: (inv, ctx) =>
    eachV2(inv.waf, ctx, 'webAcls', (item) => {
      if (!item.ruleCount.ok) return unknown(item, item.ruleCount.error);
      const n = item.ruleCount.value;
      return n > 0
        ? pass(item, `AWS WAF web ACL ${item.name} has at least one rule or rule group (${n}).`)
        : fail(item, `AWS WAF web ACL ${item.name} has no rule or rule group.`);
    }),
});
