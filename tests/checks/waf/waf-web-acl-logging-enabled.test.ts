import { describe, expect, it } from 'vitest';
import { wafWebAclLoggingEnabled as check } from '../../../src/checks/waf/waf-web-acl-logging-enabled.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { compliantWafSection, wafV2Scope, wafV2WebAcl } from '../../builders/waf.js';
import type { WafV2Scope } from '../../../src/model/waf.js';

const R = 'us-east-1';
const acl = wafV2WebAcl('edge', R);
const regional = (scope: Partial<WafV2Scope>) =>
  run(check, buildInventory({ waf: compliantWafSection({ v2Regional: { [R]: wafV2Scope(R, { webAcls: ok([acl]), ...scope }) } }) }));

describe('waf-web-acl-logging-enabled', () => {
  it('passes web ACLs of both scopes with a logging configuration', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS', 'PASS']);
    expect(regional({ loggedWebAcls: ok([acl.arn]) }).find((r) => r.resourceArn === acl.arn)?.reason).toBe(
      'AWS WAF web ACL edge (regional, us-east-1) has logging configured.',
    );
  });

  it('fails a web ACL without a logging configuration', () => {
    const r = regional({ loggedWebAcls: ok([]) }).find((x) => x.resourceArn === acl.arn);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('AWS WAF web ACL edge (regional, us-east-1) has no logging configuration.');
    const cf = run(
      check,
      buildInventory({ waf: compliantWafSection({ v2CloudFront: wafV2Scope('global', { loggedWebAcls: ok([]) }) }) }),
    ).find((x) => x.region === 'global');
    expect(cf?.reason).toBe('AWS WAF web ACL acl-global (CloudFront) has no logging configuration.');
  });

  it('is UNKNOWN when wafv2:ListLoggingConfigurations is denied or was not read, or web ACLs could not be listed', () => {
    const d = regional({ loggedWebAcls: denied('wafv2:ListLoggingConfigurations') }).find((x) => x.resourceArn === acl.arn);
    expect(d?.status).toBe('UNKNOWN');
    expect(d?.reason).toContain('wafv2:ListLoggingConfigurations');
    const old = regional({ loggedWebAcls: undefined }).find((x) => x.resourceArn === acl.arn);
    expect(old?.status).toBe('UNKNOWN');
    expect(old?.reason).toContain('wafv2:ListLoggingConfigurations');
    const [list] = regional({ webAcls: denied('wafv2:ListWebACLs') }).filter((x) => x.region === R);
    expect(list?.status).toBe('UNKNOWN');
    expect(list?.reason).toContain('wafv2:ListWebACLs');
  });
});
