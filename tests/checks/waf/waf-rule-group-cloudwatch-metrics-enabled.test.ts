import { describe, expect, it } from 'vitest';
import { wafRuleGroupCloudwatchMetricsEnabled as check } from '../../../src/checks/waf/waf-rule-group-cloudwatch-metrics-enabled.js';
import type { WafV2RuleGroup } from '../../../src/model/waf.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { compliantWafSection, emptyWafSection, wafV2RuleGroup, wafV2Scope } from '../../builders/waf.js';

const one = (metrics: WafV2RuleGroup['metrics']) =>
  run(
    check,
    buildInventory({
      waf: compliantWafSection({ v2CloudFront: wafV2Scope('global', { ruleGroups: ok([wafV2RuleGroup('rg', 'global', { metrics })]) }) }),
    }),
  ).at(-1);

describe('waf-rule-group-cloudwatch-metrics-enabled', () => {
  it('passes rule groups with metrics on the group and every rule, in both scopes', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS', 'PASS']);
    expect(one(ok({ groupMetricsEnabled: true, rules: [{ name: 'a', metricsEnabled: true }] }))?.reason).toBe(
      'AWS WAF rule group rg has CloudWatch metrics enabled on the group and its 1 rules.',
    );
  });

  it('fails a rule group whose own metrics are off', () => {
    const r = one(ok({ groupMetricsEnabled: false, rules: [{ name: 'a', metricsEnabled: true }] }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('AWS WAF rule group rg has CloudWatch metrics disabled.');
  });

  it('fails a rule group with a rule whose metrics are off', () => {
    const r = one(
      ok({
        groupMetricsEnabled: true,
        rules: [
          { name: 'a', metricsEnabled: true },
          { name: 'b', metricsEnabled: false },
        ],
      }),
    );
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('AWS WAF rule group rg has CloudWatch metrics disabled on rules: b.');
  });

  it('does not judge a rule group without rules (out of scope, as AWS Config)', () => {
    const results = run(
      check,
      buildInventory({
        waf: {
          ...emptyWafSection(),
          v2CloudFront: wafV2Scope('global', {
            webAcls: ok([]),
            ruleGroups: ok([wafV2RuleGroup('rg', 'global', { metrics: ok({ groupMetricsEnabled: false, rules: [] }) })]),
          }),
        },
      }),
    );
    expect(results).toEqual([]);
  });

  it('is UNKNOWN when wafv2:GetRuleGroup or wafv2:ListRuleGroups is denied', () => {
    expect(one(denied('wafv2:GetRuleGroup'))?.reason).toContain('wafv2:GetRuleGroup');
    const results = run(
      check,
      buildInventory({ waf: compliantWafSection({ v2CloudFront: wafV2Scope('global', { ruleGroups: denied('wafv2:ListRuleGroups') }) }) }),
    );
    expect(results.find((r) => r.status === 'UNKNOWN')?.reason).toContain('wafv2:ListRuleGroups');
  });
});
