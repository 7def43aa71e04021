import { defineCheck, fail, pass, unknown } from '../define-check.js';
import { eachClassicGlobal } from './scopes.js';

export const wafClassicGlobalWebAclHasRules = defineCheck({
  id: 'waf-classic-global-web-acl-has-rules',
  title: 'AWS WAF Classic global web ACLs have at least one rule or rule group',
  service: 'waf',
  severity: 'medium',
  resourceType: 'AwsWafWebAcl',
  frameworks: { fsbp: ['WAF.8'] },
  rationale:
    'A web ACL without rules or rule groups applies only its default action to every request: it allows (or blocks) everything without inspection. As Security Hub WAF.8, a WAF Classic global web ACL fails when it has no rule or rule group.',
  remediation: {
    summary: 'Add rules or rule groups to the web ACL, delete it, or migrate to AWS WAF.',
    console: 'AWS WAF console > Switch to AWS WAF Classic > Web ACLs (Global) > <web ACL> > Rules > Edit web ACL > Add rules > Update.',
    docs: 'https://docs.aws.amazon.com/waf/latest/developerguide/classic-web-acl-editing.html',
  },
  reads: ['waf'],
  evaluate: (inv, ctx) =>
    eachClassicGlobal(inv.waf, ctx, 'webAcls', (item) => {
      if (!item.ruleCount.ok) return unknown(item, item.ruleCount.error);
      const n = item.ruleCount.value;
      return n > 0
        ? pass(item, `WAF Classic global web ACL ${item.name} has at least one rule or rule group (${n}).`)
        : fail(item, `WAF Classic global web ACL ${item.name} has no rule or rule group.`);
    }),
});
