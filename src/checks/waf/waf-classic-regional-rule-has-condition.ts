import { defineCheck, fail, pass, unknown } from '../define-check.js';
import { eachClassicRegional } from './scopes.js';

export const wafClassicRegionalRuleHasCondition = defineCheck({
  id: 'waf-classic-regional-rule-has-condition',
  title: 'AWS WAF Classic Regional rules have at least one condition',
  service: 'waf',
  severity: 'medium',
  resourceType: 'AwsWafRegionalRule',
  frameworks: { fsbp: ['WAF.2'] },
  rationale:
    'A rule without conditions (predicates) matches nothing, so it gives the protection its name promises to no request. As Security Hub WAF.2, a WAF Classic Regional rule fails when it has no condition.',
  remediation: {
    summary: 'Add a condition (IP match, string match, SQL injection match ...) to the rule, delete it, or migrate to AWS WAF.',
    console: 'AWS WAF console > Switch to AWS WAF Classic > Rules (Region) > <rule> > Edit rule > Add condition > Update.',
    docs: 'https://docs.aws.amazon.com/waf/latest/developerguide/classic-web-acl-rules-editing.html',
  },
  reads: ['waf'],
  evaluate: (inv, ctx) =>
    eachClassicRegional(inv.waf, ctx, 'rules', (item) => {
      if (!item.predicateCount.ok) return unknown(item, item.predicateCount.error);
      const n = item.predicateCount.value;
      return n > 0
        ? pass(item, `WAF Classic Regional rule ${item.name} has at least one condition (${n}).`)
        : fail(item, `WAF Classic Regional rule ${item.name} has no conditions.`);
    }),
});
