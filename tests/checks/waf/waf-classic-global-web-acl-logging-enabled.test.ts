import { describe, expect, it } from 'vitest';
import { wafClassicGlobalWebAclLoggingEnabled as check } from '../../../src/checks/waf/waf-classic-global-web-acl-logging-enabled.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { compliantWafSection, emptyWafSection } from '../../builders/waf.js';

describe('waf-classic-global-web-acl-logging-enabled', () => {
  it('passes a global web ACL with a logging configuration', () => {
    const [r] = run(check, buildInventory());
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('WAF Classic global web ACL acl-global has logging enabled.');
  });

  it('fails a global web ACL without a logging configuration', () => {
    const [r] = run(check, buildInventory({ waf: compliantWafSection({ classicGlobalLogging: ok([]) }) }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('WAF Classic global web ACL acl-global has no logging configuration.');
  });

  it('is UNKNOWN when waf:ListLoggingConfigurations is denied', () => {
    const [r] = run(check, buildInventory({ waf: compliantWafSection({ classicGlobalLogging: denied('waf:ListLoggingConfigurations') }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('waf:ListLoggingConfigurations');
  });

  it('is UNKNOWN when waf:ListWebACLs is denied', () => {
    const waf = compliantWafSection();
    const [r] = run(
      check,
      buildInventory({ waf: { ...waf, classicGlobal: { ...waf.classicGlobal, webAcls: denied('waf:ListWebACLs') } } }),
    );
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('waf:ListWebACLs');
  });

  it('reports nothing without global web ACLs', () => {
    expect(run(check, buildInventory({ waf: emptyWafSection() }))).toEqual([]);
  });
});
