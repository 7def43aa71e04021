/** Helpers the WAF checks share: walking WAF Classic and WAFv2 resources by scope. */
import type { Observed } from '../../model/observed.js';
import type { WafClassicScope, WafSection, WafV2Scope } from '../../model/waf.js';
import { accountRef, eachRegion, eachResource } from '../define-check.js';
import type { CheckResult, EvalContext } from '../types.js';

type Item<K extends keyof WafClassicScope> = WafClassicScope[K] extends Observed<readonly (infer T)[]> ? T : never;
type V2Item<K extends keyof WafV2Scope> = WafV2Scope[K] extends Observed<readonly (infer T)[]> ? T : never;

/** WAF Classic global (`waf`) resources of one kind. */
export function eachClassicGlobal<K extends keyof WafClassicScope>(
  waf: WafSection,
  ctx: EvalContext,
  kind: K,
  fn: (item: Item<K>) => CheckResult | undefined,
): CheckResult[] {
  return eachResource(waf.classicGlobal[kind] as Observed<readonly Item<K>[]>, accountRef(ctx, 'global', 'waf'), fn);
}

/** WAF Classic Regional (`waf-regional`) resources of one kind, region by region. */
export function eachClassicRegional<K extends keyof WafClassicScope>(
  waf: WafSection,
  ctx: EvalContext,
  kind: K,
  fn: (item: Item<K>) => CheckResult | undefined,
): CheckResult[] {
  return eachRegion(waf.classicRegional, (region, scope) =>
    eachResource(scope[kind] as Observed<readonly Item<K>[]>, accountRef(ctx, region, 'waf-regional'), fn),
  );
}

/** WAFv2 resources of one kind: REGIONAL scope per region, then CLOUDFRONT scope (global). */
export function eachV2<K extends keyof WafV2Scope>(
  waf: WafSection,
  ctx: EvalContext,
  kind: K,
  fn: (item: V2Item<K>) => CheckResult | undefined,
): CheckResult[] {
  return [
    ...eachRegion(waf.v2Regional, (region, scope) =>
      eachResource(scope[kind] as Observed<readonly V2Item<K>[]>, accountRef(ctx, region, 'wafv2'), fn),
    ),
    ...eachResource(waf.v2CloudFront[kind] as Observed<readonly V2Item<K>[]>, accountRef(ctx, 'global', 'wafv2'), fn),
  ];
}
