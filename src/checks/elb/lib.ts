/** What several ELB checks share: walking the regional lists, load balancer kinds, listener lists. */
import type { InventoryWith } from '../../model/inventory.js';
import type { ElbClassicLoadBalancer, ElbListener, ElbLoadBalancer, ElbTargetGroup } from '../../model/elb.js';
import { eachRegional, unknown, type CheckResult, type EvalContext, type ResourceRef } from '../define-check.js';

type Results = CheckResult | CheckResult[] | undefined;
type Elb = InventoryWith<'elb'>;

export const eachClassic = (inv: Elb, ctx: EvalContext, fn: (lb: ElbClassicLoadBalancer) => Results): CheckResult[] =>
  eachRegional(ctx, inv.elb.regions, 'classicLoadBalancers', 'elasticloadbalancing', (lb) => fn(lb));

export const eachLoadBalancer = (inv: Elb, ctx: EvalContext, fn: (lb: ElbLoadBalancer) => Results): CheckResult[] =>
  eachRegional(ctx, inv.elb.regions, 'loadBalancers', 'elasticloadbalancing', (lb) => fn(lb));

export const eachTargetGroup = (inv: Elb, ctx: EvalContext, fn: (tg: ElbTargetGroup) => Results): CheckResult[] =>
  eachRegional(ctx, inv.elb.regions, 'targetGroups', 'elasticloadbalancing', (tg) => fn(tg));

/**
 * Each listener of each version 2 load balancer; a load balancer whose listeners could not be read
 * is one UNKNOWN (reported on the load balancer), so no listener is silently skipped.
 */
export const eachListener = (inv: Elb, ctx: EvalContext, fn: (l: ElbListener, lb: ElbLoadBalancer) => Results): CheckResult[] =>
  eachLoadBalancer(inv, ctx, (lb) => {
    if (!lb.listeners.ok) return unknown(asLoadBalancer(lb), lb.listeners.error);
    return lb.listeners.value.flatMap((l) => fn(l, lb) ?? []);
  });

/** A version 2 load balancer as a resource of a check that reports on another type (listeners). */
export const asLoadBalancer = (lb: ElbLoadBalancer): ResourceRef => ({
  arn: lb.arn,
  region: lb.region,
  resourceType: 'AwsElbv2LoadBalancer',
});

/** A Classic Load Balancer as a resource of a check whose default type is version 2. */
export const asClassic = (lb: ElbClassicLoadBalancer): ResourceRef => ({
  arn: lb.arn,
  region: lb.region,
  resourceType: 'AwsElbLoadBalancer',
});

/** "Application Load Balancer x", "Network Load Balancer y", "Gateway Load Balancer z". */
export function lbLabel(lb: ElbLoadBalancer): string {
  const kind: Record<string, string> = { application: 'Application', network: 'Network', gateway: 'Gateway' };
  return `${kind[lb.type] ?? 'ELB'} Load Balancer ${lb.name}`;
}

/** "HTTPS listener on port 443 of Application Load Balancer x". */
export function listenerLabel(l: ElbListener, lb: ElbLoadBalancer): string {
  return `${l.protocol ?? 'GENEVE'} listener${l.port === null ? '' : ` on port ${l.port}`} of ${lbLabel(lb)}`;
}

/** Front-end protocols of Classic Load Balancer listeners that terminate TLS. */
export const CLASSIC_TLS_PROTOCOLS = ['HTTPS', 'SSL'];

/** "a, b and c" */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}
