import { describe, expect, it } from 'vitest';
import { wafClassicRegionalWebAclHasRules as check } from '../../../src/checks/waf/waf-classic-regional-web-acl-has-rules.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { compliantWafSection, emptyWafSection, wafClassicWebAcl, wafClassicScope } from '../../builders/waf.js';

const withItems = (items: ReturnType<typeof wafClassicWebAcl>[]) =>
  run(
    check,
    buildInventory({
      waf: compliantWafSection({
        classicRegional: { ...compliantWafSection().classicRegional, 'eu-west-1': wafClassicScope('eu-west-1', { webAcls: ok(items) }) },
      }),
    }),
  );
const one = (overrides: Parameters<typeof wafClassicWebAcl>[2]) => withItems([wafClassicWebAcl('x', 'eu-west-1', overrides)])[0];

describe('waf-classic-regional-web-acl-has-rules', () => {
  it('passes the compliant resources of every scope it covers', () => {
    const results = run(check, buildInventory());
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.status === 'PASS')).toBe(true);
    expect(one({})?.reason).toBe('WAF Classic Regional web ACL x has at least one rule or rule group (1).');
  });
  it('fails when it is empty', () => {
    const r = one({ ruleCount: ok(0) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('WAF Classic Regional web ACL x has no rule or rule group.');
  });
  it('is UNKNOWN when waf-regional:GetWebACL is denied', () => {
    const r = one({ ruleCount: denied('waf-regional:GetWebACL') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('waf-regional:GetWebACL');
  });
  it('is UNKNOWN when waf-regional:ListWebACLs is denied', () => {
    const results = run(
      check,
      buildInventory({
        waf: compliantWafSection({
          classicRegional: {
            ...compliantWafSection().classicRegional,
            'eu-west-1': wafClassicScope('eu-west-1', { webAcls: denied('waf-regional:ListWebACLs') }),
          },
        }),
      }),
    );
    expect(results.find((r) => r.status === 'UNKNOWN')?.reason).toContain('waf-regional:ListWebACLs');
  });
  it('reports nothing when there are no such resources', () => {
    expect(run(check, buildInventory({ waf: emptyWafSection() }))).toEqual([]);
  });
});
