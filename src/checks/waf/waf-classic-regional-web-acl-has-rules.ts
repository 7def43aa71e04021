import { defineCheck, fail, pass, unknown } from '../define-check.js';
import { eachClassicRegional } from './scopes.js';

export const wafClassicRegionalWebAclHasRules = defineCheck({
  id: 'waf-classic-regional-web-acl-has-rules',
  title: 'AWS WAF Classic Regional web ACLs have at least one rule or rule group',
  service: 'waf',
  severity: 'medium',
  resourceType: 'AwsWafRegionalWebAcl',
  frameworks: { fsbp: ['WAF.4'] },
  rationale:
    'A web ACL without rules or rule groups applies only its default action to every request: it allows (or blocks) everything without inspection. As Security Hub WAF.4, a WAF Classic Regional web ACL fails when it has no rule or rule group.',
  remediation: {
    summary: 'Add rules or rule groups to the web ACL, delete it, or migrate to AWS WAF.',
    console: 'AWS WAF console > Switch to AWS WAF Classic > Web ACLs (Region) > <web ACL> > Rules > Edit web ACL > Add rules > Update.',
    docs: 'https://docs.aws.amazon.com/waf/latest/developerguide/classic-web-acl-editing.html',
  },
  reads: ['waf'],
  evaluate: (inv, ctx) =>
    eachClassicRegional(inv.waf, ctx, 'webAcls', (item) => {
      if (!item.ruleCount.ok) return unknown(item, item.ruleCount.error);
      const n = item.ruleCount.value;
      return n > 0
        ? pass(item, `WAF Classic Regional web ACL ${item.name} has at least one rule or rule group (${n}).`)
        : fail(item, `WAF Classic Regional web ACL ${item.name} has no rule or rule group.`);
    }),
});
