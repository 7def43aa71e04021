import type {
  WafClassicRule,
  WafClassicRuleGroup,
  WafClassicScope,
  WafClassicWebAcl,
  WafSection,
  WafV2RuleGroup,
  WafV2Scope,
  WafV2WebAcl,
} from '../../src/model/waf.js';
import { ACCOUNT_ID, REGIONS, ok } from './common.js';

export function wafV2WebAcl(name: string, region: string, overrides: Partial<WafV2WebAcl> = {}): WafV2WebAcl {
  const global = region === 'global';
  return {
    arn: `arn:aws:wafv2:${global ? 'us-east-1' : region}:${ACCOUNT_ID}:${global ? 'global' : 'regional'}/webacl/${name}/1111`,
    region,
    scope: global ? 'CLOUDFRONT' : 'REGIONAL',
    name,
    id: '1111',
    ruleCount: ok(2),
    // The compliant ELB builder's Application Load Balancer of the region (none for CloudFront scope).
    ...(global
      ? {}
      : { albArns: ok([`arn:aws:elasticloadbalancing:${region}:${ACCOUNT_ID}:loadbalancer/app/alb-${region}/50dc6c495c0c9188`]) }),
    ...overrides,
  };
}

export function wafV2RuleGroup(name: string, region: string, overrides: Partial<WafV2RuleGroup> = {}): WafV2RuleGroup {
  const global = region === 'global';
  return {
    arn: `arn:aws:wafv2:${global ? 'us-east-1' : region}:${ACCOUNT_ID}:${global ? 'global' : 'regional'}/rulegroup/${name}/2222`,
    region,
    scope: global ? 'CLOUDFRONT' : 'REGIONAL',
    name,
    id: '2222',
    metrics: ok({ groupMetricsEnabled: true, rules: [{ name: 'block-bad-ips', metricsEnabled: true }] }),
    ...overrides,
  };
}

const classicArn = (region: string, kind: string, id: string) =>
  region === 'global' ? `arn:aws:waf::${ACCOUNT_ID}:${kind}/${id}` : `arn:aws:waf-regional:${region}:${ACCOUNT_ID}:${kind}/${id}`;

export function wafClassicWebAcl(id: string, region: string, overrides: Partial<WafClassicWebAcl> = {}): WafClassicWebAcl {
  return { arn: classicArn(region, 'webacl', id), region, id, name: id, ruleCount: ok(1), ...overrides };
}
export function wafClassicRule(id: string, region: string, overrides: Partial<WafClassicRule> = {}): WafClassicRule {
  return { arn: classicArn(region, 'rule', id), region, id, name: id, predicateCount: ok(1), ...overrides };
}
export function wafClassicRuleGroup(id: string, region: string, overrides: Partial<WafClassicRuleGroup> = {}): WafClassicRuleGroup {
  return { arn: classicArn(region, 'rulegroup', id), region, id, name: id, ruleCount: ok(1), ...overrides };
}

/** A scope with one web ACL (logging) and one rule group. */
export function wafV2Scope(region: string, overrides: Partial<WafV2Scope> = {}): WafV2Scope {
  const acl = wafV2WebAcl(`acl-${region}`, region);
  return { webAcls: ok([acl]), ruleGroups: ok([wafV2RuleGroup(`rg-${region}`, region)]), loggedWebAcls: ok([acl.arn]), ...overrides };
}

export function wafClassicScope(region: string, overrides: Partial<WafClassicScope> = {}): WafClassicScope {
  return {
    webAcls: ok([wafClassicWebAcl(`acl-${region}`, region)]),
    rules: ok([wafClassicRule(`rule-${region}`, region)]),
    ruleGroups: ok([wafClassicRuleGroup(`rg-${region}`, region)]),
    ...overrides,
  };
}

/** Every scope holds one compliant resource of each kind; the global classic web ACL logs. */
export function compliantWafSection(overrides: Partial<WafSection> = {}): WafSection {
  return {
    v2Regional: Object.fromEntries(REGIONS.map((r) => [r, wafV2Scope(r)])),
    v2CloudFront: wafV2Scope('global'),
    classicRegional: Object.fromEntries(REGIONS.map((r) => [r, wafClassicScope(r)])),
    classicGlobal: wafClassicScope('global'),
    classicGlobalLogging: ok([classicArn('global', 'webacl', 'acl-global')]),
    ...overrides,
  };
}

/** No WAF resources anywhere. */
export function emptyWafSection(): WafSection {
  const v2 = (): WafV2Scope => ({ webAcls: ok([]), ruleGroups: ok([]), loggedWebAcls: ok([]) });
  const classic = (): WafClassicScope => ({ webAcls: ok([]), rules: ok([]), ruleGroups: ok([]) });
  return {
    v2Regional: Object.fromEntries(REGIONS.map((r) => [r, v2()])),
    v2CloudFront: v2(),
    classicRegional: Object.fromEntries(REGIONS.map((r) => [r, classic()])),
    classicGlobal: classic(),
    classicGlobalLogging: ok([]),
  };
}
