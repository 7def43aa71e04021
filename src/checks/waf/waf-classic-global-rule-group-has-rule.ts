import { defineCheck, fail, pass, unknown } from '../define-check.js';
import { eachClassicGlobal } from './scopes.js';

export const wafClassicGlobalRuleGroupHasRule = defineCheck({
  id: 'waf-classic-global-rule-group-has-rule',
  title: 'AWS WAF Classic global rule groups have at least one rule',
  service: 'waf',
  severity: 'medium',
  resourceType: 'AwsWafRuleGroup',
  frameworks: { fsbp: ['WAF.7'] },
  rationale:
    'A rule group without rules inspects nothing, while the web ACL that uses it looks protected. As Security Hub WAF.7, a WAF Classic global rule group fails when it has no rule.',
  remediation: {
    summary: 'Add rules to the rule group, delete it, or migrate to AWS WAF.',
    console: 'AWS WAF console > Switch to AWS WAF Classic > Rule groups (Global) > <rule group> > Edit rule group > Add rule > Update.',
    docs: 'https://docs.aws.amazon.com/waf/latest/developerguide/classic-rgm-editing.html',
  },
  reads: ['waf'],
  evaluate: (inv, ctx) =>
    eachClassicGlobal(inv.waf, ctx, 'ruleGroups', (item) => {
      if (!item.ruleCount.ok) return unknown(item, item.ruleCount.error);
      const n = item.ruleCount.value;
      return n > 0
        ? pass(item, `WAF Classic global rule group ${item.name} has at least one rule (${n}).`)
        : fail(item, `WAF Classic global rule group ${item.name} has no rules.`);
    }),
});
