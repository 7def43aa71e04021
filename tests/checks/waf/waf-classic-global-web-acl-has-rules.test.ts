import { describe, expect, it } from 'vitest';
import { wafClassicGlobalWebAclHasRules as check } from '../../../src/checks/waf/waf-classic-global-web-acl-has-rules.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { compliantWafSection, emptyWafSection, wafClassicWebAcl, wafClassicScope } from '../../builders/waf.js';

const withItems = (items: ReturnType<typeof wafClassicWebAcl>[]) =>
  run(check, buildInventory({ waf: compliantWafSection({ classicGlobal: wafClassicScope('global', { webAcls: ok(items) }) }) }));
const one = (overrides: Parameters<typeof wafClassicWebAcl>[2]) => withItems([wafClassicWebAcl('x', 'global', overrides)])[0];

describe('waf-classic-global-web-acl-has-rules', () => {
  it('passes the compliant resources of every scope it covers', () => {
    const results = run(check, buildInventory());
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.status === 'PASS')).toBe(true);
    expect(one({})?.reason).toBe('WAF Classic global web ACL x has at least one rule or rule group (1).');
  });
  it('fails when it is empty', () => {
    const r = one({ ruleCount: ok(0) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('WAF Classic global web ACL x has no rule or rule group.');
  });
  it('is UNKNOWN when waf:GetWebACL is denied', () => {
    const r = one({ ruleCount: denied('waf:GetWebACL') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('waf:GetWebACL');
  });
  it('is UNKNOWN when waf:ListWebACLs is denied', () => {
    const results = run(
      check,
      buildInventory({ waf: compliantWafSection({ classicGlobal: wafClassicScope('global', { webAcls: denied('waf:ListWebACLs') }) }) }),
    );
    expect(results.find((r) => r.status === 'UNKNOWN')?.reason).toContain('waf:ListWebACLs');
  });
  it('reports nothing when there are no such resources', () => {
    expect(run(check, buildInventory({ waf: emptyWafSection() }))).toEqual([]);
  });
});
