import { describe, expect, it } from 'vitest';
import { elbApplicationLoadBalancerWafEnabled as check } from '../../../src/checks/elb/elb-application-load-balancer-waf-enabled.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { elbLoadBalancer, elbOneRegion } from '../../builders/elb.js';
import { compliantWafSection, wafClassicScope, wafV2Scope, wafV2WebAcl } from '../../builders/waf.js';
import type { WafClassicScope, WafV2WebAcl } from '../../../src/model/waf.js';

const R = 'eu-west-1';
const lb = elbLoadBalancer('web', R);
const one = (acl: Partial<WafV2WebAcl>, classic: Partial<WafClassicScope> = { webAcls: ok([]) }) =>
  run(
    check,
    buildInventory({
      elb: elbOneRegion({ loadBalancers: ok([lb, elbLoadBalancer('nlb', R, { type: 'network' })]) }),
      waf: compliantWafSection({
        v2Regional: { [R]: wafV2Scope(R, { webAcls: ok([wafV2WebAcl('edge', R, acl)]) }) },
        classicRegional: { [R]: wafClassicScope(R, classic) },
      }),
    }),
  );

describe('elb-application-load-balancer-waf-enabled', () => {
  it('passes an Application Load Balancer a web ACL protects, and leaves out other load balancer types', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    const results = one({ albArns: ok([lb.arn]) });
    expect(results).toHaveLength(1);
    expect(results[0]?.reason).toBe('Application Load Balancer web is protected by AWS WAF web ACL edge.');
  });

  it('fails an Application Load Balancer no web ACL protects', () => {
    const [r] = one({ albArns: ok([]) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Application Load Balancer web is associated with no AWS WAF web ACL.');
  });

  it('is UNKNOWN when WAF Classic Regional web ACLs exist, whose associations are not read', () => {
    const [r] = one({ albArns: ok([]) }, {});
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe(
      'Application Load Balancer web is in no AWS WAF (v2) web ACL, and whether one of the 1 WAF Classic Regional web ACLs of eu-west-1 protects it is not read.',
    );
  });

  it('is UNKNOWN when wafv2:ListResourcesForWebACL or the web ACL list is denied, or the inventory predates the read', () => {
    const [d] = one({ albArns: denied('wafv2:ListResourcesForWebACL') });
    expect(d?.status).toBe('UNKNOWN');
    expect(d?.reason).toContain('wafv2:ListResourcesForWebACL');
    const [old] = one({ albArns: undefined });
    expect(old?.status).toBe('UNKNOWN');
    expect(old?.reason).toContain('wafv2:ListResourcesForWebACL');
    const [classic] = one({ albArns: ok([]) }, { webAcls: denied('waf-regional:ListWebACLs') });
    expect(classic?.reason).toContain('waf-regional:ListWebACLs');
  });
});
