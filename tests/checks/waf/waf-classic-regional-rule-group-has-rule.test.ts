import { describe, expect, it } from 'vitest';
import { wafClassicRegionalRuleGroupHasRule as check } from '../../../src/checks/waf/waf-classic-regional-rule-group-has-rule.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { compliantWafSection, emptyWafSection, wafClassicRuleGroup, wafClassicScope } from '../../builders/waf.js';

const withItems = (items: ReturnType<typeof wafClassicRuleGroup>[]) =>
  run(
    check,
    buildInventory({
      waf: compliantWafSection({
        classicRegional: { ...compliantWafSection().classicRegional, 'eu-west-1': wafClassicScope('eu-west-1', { ruleGroups: ok(items) }) },
      }),
    }),
  );
const one = (overrides: Parameters<typeof wafClassicRuleGroup>[2]) => withItems([wafClassicRuleGroup('x', 'eu-west-1', overrides)])[0];

describe('waf-classic-regional-rule-group-has-rule', () => {
  it('passes the compliant resources of every scope it covers', () => {
    const results = run(check, buildInventory());
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.status === 'PASS')).toBe(true);
    expect(one({})?.reason).toBe('WAF Classic Regional rule group x has at least one rule (1).');
  });
  it('fails when it is empty', () => {
    const r = one({ ruleCount: ok(0) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('WAF Classic Regional rule group x has no rules.');
  });
  it('is UNKNOWN when waf-regional:ListActivatedRulesInRuleGroup is denied', () => {
    const r = one({ ruleCount: denied('waf-regional:ListActivatedRulesInRuleGroup') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('waf-regional:ListActivatedRulesInRuleGroup');
  });
  it('is UNKNOWN when waf-regional:ListRuleGroups is denied', () => {
    const results = run(
      check,
      buildInventory({
        waf: compliantWafSection({
          classicRegional: {
            ...compliantWafSection().classicRegional,
            'eu-west-1': wafClassicScope('eu-west-1', { ruleGroups: denied('waf-regional:ListRuleGroups') }),
          },
        }),
      }),
    );
    expect(results.find((r) => r.status === 'UNKNOWN')?.reason).toContain('waf-regional:ListRuleGroups');
  });
  it('reports nothing when there are no such resources', () => {
    expect(run(check, buildInventory({ waf: emptyWafSection() }))).toEqual([]);
  });
});
