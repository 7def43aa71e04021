import { describe, expect, it } from 'vitest';
import { wafClassicRegionalRuleHasCondition as check } from '../../../src/checks/waf/waf-classic-regional-rule-has-condition.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { compliantWafSection, emptyWafSection, wafClassicRule, wafClassicScope } from '../../builders/waf.js';

const withItems = (items: ReturnType<typeof wafClassicRule>[]) =>
  run(
    check,
    buildInventory({
      waf: compliantWafSection({
        classicRegional: { ...compliantWafSection().classicRegional, 'eu-west-1': wafClassicScope('eu-west-1', { rules: ok(items) }) },
      }),
    }),
  );
const one = (overrides: Parameters<typeof wafClassicRule>[2]) => withItems([wafClassicRule('x', 'eu-west-1', overrides)])[0];

describe('waf-classic-regional-rule-has-condition', () => {
  it('passes the compliant resources of every scope it covers', () => {
    const results = run(check, buildInventory());
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.status === 'PASS')).toBe(true);
    expect(one({})?.reason).toBe('WAF Classic Regional rule x has at least one condition (1).');
  });
  it('fails when it is empty', () => {
    const r = one({ predicateCount: ok(0) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('WAF Classic Regional rule x has no conditions.');
  });
  it('is UNKNOWN when waf-regional:GetRule is denied', () => {
    const r = one({ predicateCount: denied('waf-regional:GetRule') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('waf-regional:GetRule');
  });
  it('is UNKNOWN when waf-regional:ListRules is denied', () => {
    const results = run(
      check,
      buildInventory({
        waf: compliantWafSection({
          classicRegional: {
            ...compliantWafSection().classicRegional,
            'eu-west-1': wafClassicScope('eu-west-1', { rules: denied('waf-regional:ListRules') }),
          },
        }),
      }),
    );
    expect(results.find((r) => r.status === 'UNKNOWN')?.reason).toContain('waf-regional:ListRules');
  });
  it('reports nothing when there are no such resources', () => {
    expect(run(check, buildInventory({ waf: emptyWafSection() }))).toEqual([]);
  });
});
