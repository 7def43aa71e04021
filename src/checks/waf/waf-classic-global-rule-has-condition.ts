import { defineCheck, fail, pass, unknown } from '../define-check.js';
import { eachClassicGlobal } from './scopes.js';

export const wafClassicGlobalRuleHasCondition = defineCheck({
  id: 'waf-classic-global-rule-has-condition',
  title: 'AWS WAF Classic global rules have at least one condition',
  service: 'waf',
  severity: 'medium',
  resourceType: 'AwsWafRule',
  frameworks: { fsbp: ['WAF.6'] },
  rationale:
    'A rule without conditions (predicates) matches nothing, so it gives the protection its name promises to no request. As Security Hub WAF.6, a WAF Classic global rule fails when it has no condition.',
  remediation: {
    summary: 'Add a condition (IP match, string match, SQL injection match ...) to the rule, delete it, or migrate to AWS WAF.',
    console: 'AWS WAF console > Switch to AWS WAF Classic > Rules (Global) > <rule> > Edit rule > Add condition > Update.',
    docs: 'https://docs.aws.amazon.com/waf/latest/developerguide/classic-web-acl-rules-editing.html',
  },
  reads: ['waf'],
  evaluate: (inv, ctx) =>
    eachClassicGlobal(inv.waf, ctx, 'rules', (item) => {
      if (!item.predicateCount.ok) return unknown(item, item.predicateCount.error);
      const n = item.predicateCount.value;
      return n > 0
        ? pass(item, `WAF Classic global rule ${item.name} has at least one condition (${n}).`)
        : fail(item, `WAF Classic global rule ${item.name} has no conditions.`);
    }),
});
