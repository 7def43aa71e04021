import { describe, expect, it } from 'vitest';
import { wafWebAclHasRules as check } from '../../../src/checks/waf/waf-web-acl-has-rules.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { compliantWafSection, emptyWafSection, wafV2WebAcl, wafV2Scope } from '../../builders/waf.js';

const withItems = (items: ReturnType<typeof wafV2WebAcl>[]) =>
  run(check, buildInventory({ waf: compliantWafSection({ v2CloudFront: wafV2Scope('global', { webAcls: ok(items) }) }) }));
const one = (overrides: Parameters<typeof wafV2WebAcl>[2]) => withItems([wafV2WebAcl('x', 'global', overrides)]).at(-1);

describe('waf-web-acl-has-rules', () => {
  it('passes the compliant resources of every scope it covers', () => {
    const results = run(check, buildInventory());
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.status === 'PASS')).toBe(true);
    expect(one({})?.reason).toBe('AWS WAF web ACL x has at least one rule or rule group (2).');
  });
  it('fails when it is empty', () => {
    const r = one({ ruleCount: ok(0) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('AWS WAF web ACL x has no rule or rule group.');
  });
  it('is UNKNOWN when wafv2:GetWebACL is denied', () => {
    const r = one({ ruleCount: denied('wafv2:GetWebACL') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('wafv2:GetWebACL');
  });
  it('is UNKNOWN when wafv2:ListWebACLs is denied', () => {
    const results = run(
      check,
      buildInventory({ waf: compliantWafSection({ v2CloudFront: wafV2Scope('global', { webAcls: denied('wafv2:ListWebACLs') }) }) }),
    );
    expect(results.find((r) => r.status === 'UNKNOWN')?.reason).toContain('wafv2:ListWebACLs');
  });
  it('reports nothing when there are no such resources', () => {
    expect(run(check, buildInventory({ waf: emptyWafSection() }))).toEqual([]);
  });
});
