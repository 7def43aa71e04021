import {
  DescribeLoadBalancerAttributesCommand as DescribeClassicAttributesCommand,
  DescribeLoadBalancerPoliciesCommand,
  ElasticLoadBalancingClient,
  paginateDescribeLoadBalancers as paginateDescribeClassicLoadBalancers,
  type LoadBalancerAttributes as ClassicAttributes,
  type LoadBalancerDescription,
  type PolicyDescription,
} from '@aws-sdk/client-elastic-load-balancing';
import {
  DescribeLoadBalancerAttributesCommand,
  ElasticLoadBalancingV2Client,
  paginateDescribeListeners,
  paginateDescribeLoadBalancers,
  paginateDescribeRules,
  paginateDescribeTargetGroups,
  type Action,
  type Listener,
  type LoadBalancer,
  type LoadBalancerAttribute,
  type Rule,
  type TargetGroup,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import type {
  ElbAction,
  ElbClassicAttributes,
  ElbClassicLoadBalancer,
  ElbClassicPolicy,
  ElbListener,
  ElbLoadBalancer,
  ElbLoadBalancerAttributes,
  ElbRegion,
  ElbRule,
  ElbSection,
  ElbTargetGroup,
} from '../model/elb.js';
import type { Observed } from '../model/observed.js';
import type { Collector } from './kit/collector.js';
import { arnPrefix, forEachRegion, type CollectContext } from './kit/context.js';
import { readList } from './kit/list.js';
import { allKeyed, andThen, mapObserved, ok } from './kit/observed.js';

/** Every ELB Describe call accepts PageSize 1 to 400. */
const PAGE_SIZE = 400;

/** Listener protocols that terminate TLS, on both API versions. */
const TLS_PROTOCOLS = ['HTTPS', 'SSL', 'TLS'];

// ------------------------------------------------------------------ Classic Load Balancers (v1)

function toClassicAttributes(a: ClassicAttributes | undefined): ElbClassicAttributes {
  const desync = (a?.AdditionalAttributes ?? []).find((x) => x.Key === 'elb.http.desyncmitigationmode');
  return {
    accessLogsEnabled: a?.AccessLog?.Enabled ?? null,
    connectionDrainingEnabled: a?.ConnectionDraining?.Enabled ?? null,
    crossZoneEnabled: a?.CrossZoneLoadBalancing?.Enabled ?? null,
    desyncMitigationMode: desync?.Value ?? null,
  };
}

function toClassicPolicy(p: PolicyDescription): ElbClassicPolicy {
  const reference = (p.PolicyAttributeDescriptions ?? []).find((a) => a.AttributeName === 'Reference-Security-Policy');
  return { name: p.PolicyName ?? '', type: p.PolicyTypeName ?? null, referenceSecurityPolicy: reference?.AttributeValue ?? null };
}

/** DescribeLoadBalancerPolicies for `names` (no call when there are none). */
async function readPolicies(
  ctx: CollectContext,
  client: ElasticLoadBalancingClient,
  scope: { target: string; region: string },
  name: string,
  names: string[],
): Promise<Observed<ElbClassicPolicy[]>> {
  if (names.length === 0) return ok([]);
  const read = await ctx.reader.read('elasticloadbalancing:DescribeLoadBalancerPolicies', scope, () =>
    client.send(new DescribeLoadBalancerPoliciesCommand({ LoadBalancerName: name, PolicyNames: names })),
  );
  return mapObserved(read, (r) => (r.PolicyDescriptions ?? []).map(toClassicPolicy));
}

/**
 * One Classic Load Balancer: DescribeLoadBalancerAttributes, and DescribeLoadBalancerPolicies only
 * for the policies its HTTPS/SSL listeners name (no call when there are none).
 */
async function readClassic(
  ctx: CollectContext,
  client: ElasticLoadBalancingClient,
  region: string,
  lb: LoadBalancerDescription,
): Promise<ElbClassicLoadBalancer> {
  const name = lb.LoadBalancerName ?? '';
  const arn = `${arnPrefix(ctx, 'elasticloadbalancing', region)}:loadbalancer/${name}`;
  const scope = { target: arn, region };
  const listeners = (lb.ListenerDescriptions ?? []).map((d) => ({
    protocol: (d.Listener?.Protocol ?? '').toUpperCase(),
    port: d.Listener?.LoadBalancerPort ?? 0,
    sslCertificateId: d.Listener?.SSLCertificateId ?? null,
    policyNames: d.PolicyNames ?? [],
  }));
  const sslPolicyNames = [...new Set(listeners.filter((l) => TLS_PROTOCOLS.includes(l.protocol)).flatMap((l) => l.policyNames))].sort();
  const reads = await allKeyed({
    attributes: ctx.reader.read('elasticloadbalancing:DescribeLoadBalancerAttributes', scope, () =>
      client.send(new DescribeClassicAttributesCommand({ LoadBalancerName: name })),
    ),
    policies: readPolicies(ctx, client, scope, name, sslPolicyNames),
  });
  return {
    arn,
    region,
    name,
    availabilityZones: [...(lb.AvailabilityZones ?? [])].sort(),
    listeners,
    attributes: mapObserved(reads.attributes, (r) => toClassicAttributes(r.LoadBalancerAttributes)),
    sslPolicies: reads.policies,
  };
}

async function readClassicLoadBalancers(ctx: CollectContext, region: string): Promise<Observed<ElbClassicLoadBalancer[]>> {
  const client = ctx.clients.get(ElasticLoadBalancingClient, region);
  const listed = await readList(
    ctx.reader,
    'elasticloadbalancing:DescribeLoadBalancers',
    { target: `${arnPrefix(ctx, 'elasticloadbalancing', region)}:loadbalancer/*`, region },
    () => paginateDescribeClassicLoadBalancers({ client, pageSize: PAGE_SIZE }, {}),
    (p) => p.LoadBalancerDescriptions,
    (lb) => lb,
  );
  return andThen(listed, async (lbs) => ok(await Promise.all(lbs.map((lb) => readClassic(ctx, client, region, lb)))));
}

// ------------------------------------------------- Application, Network and Gateway Load Balancers (v2)

const toAction = (a: Action): ElbAction => ({
  type: a.Type ?? '',
  redirectProtocol: a.Type === 'redirect' ? (a.RedirectConfig?.Protocol ?? null) : null,
});

function toAttributes(attributes: LoadBalancerAttribute[] | undefined): ElbLoadBalancerAttributes {
  const values = new Map((attributes ?? []).map((a) => [a.Key ?? '', a.Value ?? '']));
  const flag = (key: string) => (values.has(key) ? values.get(key)?.toLowerCase() === 'true' : null);
  return {
    accessLogsEnabled: flag('access_logs.s3.enabled'),
    deletionProtection: flag('deletion_protection.enabled'),
    dropInvalidHeaderFields: flag('routing.http.drop_invalid_header_fields.enabled'),
    desyncMitigationMode: values.get('routing.http.desync_mitigation_mode') ?? null,
  };
}

/** The non-default rules of a listener (DescribeRules, paginated). */
async function readRules(
  ctx: CollectContext,
  client: ElasticLoadBalancingV2Client,
  region: string,
  arn: string,
): Promise<Observed<ElbRule[]>> {
  const listed = await readList(
    ctx.reader,
    'elasticloadbalancing:DescribeRules',
    { target: arn, region },
    () => paginateDescribeRules({ client, pageSize: PAGE_SIZE }, { ListenerArn: arn }),
    (p) => p.Rules,
    (r: Rule) => r,
  );
  return mapObserved(listed, (list) =>
    list.filter((r) => r.IsDefault !== true).map((r) => ({ priority: r.Priority ?? '', actions: (r.Actions ?? []).map(toAction) })),
  );
}

/** A listener; DescribeRules only for HTTP listeners of Application Load Balancers (ELB.1 judges their rules). */
async function readListener(
  ctx: CollectContext,
  client: ElasticLoadBalancingV2Client,
  lb: LoadBalancer,
  region: string,
  l: Listener,
): Promise<ElbListener> {
  const arn = l.ListenerArn ?? '';
  const protocol = l.Protocol ?? null;
  const rules = lb.Type === 'application' && protocol === 'HTTP' ? await readRules(ctx, client, region, arn) : null;
  return {
    arn,
    region,
    port: l.Port ?? null,
    protocol,
    // moto reports a policy on plain HTTP listeners too; only HTTPS and TLS listeners have one on AWS.
    sslPolicy: protocol !== null && TLS_PROTOCOLS.includes(protocol) ? (l.SslPolicy ?? null) : null,
    defaultActions: (l.DefaultActions ?? []).map(toAction),
    rules,
  };
}

/** One load balancer: DescribeLoadBalancerAttributes and DescribeListeners (each takes one load balancer). */
async function readLoadBalancer(
  ctx: CollectContext,
  client: ElasticLoadBalancingV2Client,
  region: string,
  lb: LoadBalancer,
): Promise<ElbLoadBalancer> {
  const arn = lb.LoadBalancerArn ?? '';
  const scope = { target: arn, region };
  const reads = await allKeyed({
    attributes: ctx.reader.read('elasticloadbalancing:DescribeLoadBalancerAttributes', scope, () =>
      client.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn: arn })),
    ),
    listeners: readList(
      ctx.reader,
      'elasticloadbalancing:DescribeListeners',
      scope,
      () => paginateDescribeListeners({ client, pageSize: PAGE_SIZE }, { LoadBalancerArn: arn }),
      (p) => p.Listeners,
      (l) => l,
    ),
  });
  return {
    arn,
    region,
    name: lb.LoadBalancerName ?? '',
    type: lb.Type ?? '',
    availabilityZones: (lb.AvailabilityZones ?? []).flatMap((z) => (z.ZoneName ? [z.ZoneName] : [])).sort(),
    attributes: mapObserved(reads.attributes, (r) => toAttributes(r.Attributes)),
    listeners: await andThen(reads.listeners, async (list) =>
      ok(await Promise.all(list.map((l) => readListener(ctx, client, lb, region, l)))),
    ),
  };
}

const toTargetGroup = (region: string, t: TargetGroup): ElbTargetGroup => ({
  arn: t.TargetGroupArn ?? '',
  region,
  name: t.TargetGroupName ?? '',
  protocol: t.Protocol ?? null,
  targetType: t.TargetType ?? null,
  healthCheckProtocol: t.HealthCheckProtocol ?? null,
});

async function readLoadBalancers(
  ctx: CollectContext,
  client: ElasticLoadBalancingV2Client,
  region: string,
): Promise<Observed<ElbLoadBalancer[]>> {
  const listed = await readList(
    ctx.reader,
    'elasticloadbalancing:DescribeLoadBalancers',
    { target: `${arnPrefix(ctx, 'elasticloadbalancing', region)}:loadbalancer/*`, region },
    () => paginateDescribeLoadBalancers({ client, pageSize: PAGE_SIZE }, {}),
    (p) => p.LoadBalancers,
    (lb: LoadBalancer) => lb,
  );
  return andThen(listed, async (lbs) => ok(await Promise.all(lbs.map((lb) => readLoadBalancer(ctx, client, region, lb)))));
}

async function collectRegion(ctx: CollectContext, region: string): Promise<ElbRegion> {
  const client = ctx.clients.get(ElasticLoadBalancingV2Client, region);
  const scope = (resource: string) => ({ target: `${arnPrefix(ctx, 'elasticloadbalancing', region)}:${resource}`, region });
  const reads = await allKeyed({
    classicLoadBalancers: readClassicLoadBalancers(ctx, region),
    loadBalancers: readLoadBalancers(ctx, client, region),
    targetGroups: readList(
      ctx.reader,
      'elasticloadbalancing:DescribeTargetGroups',
      scope('targetgroup/*'),
      () => paginateDescribeTargetGroups({ client, pageSize: PAGE_SIZE }, {}),
      (p) => p.TargetGroups,
      (t) => toTargetGroup(region, t),
    ),
  });
  return reads;
}

/**
 * Per region: elb DescribeLoadBalancers, then DescribeLoadBalancerAttributes per Classic Load
 * Balancer (and DescribeLoadBalancerPolicies per one with HTTPS/SSL listeners); elbv2
 * DescribeLoadBalancers and DescribeTargetGroups, then DescribeLoadBalancerAttributes and
 * DescribeListeners per load balancer (and DescribeRules per HTTP listener of an Application Load
 * Balancer). Tags are not read: no Security Hub control of the service judges them.
 */
export async function collectElb(ctx: CollectContext): Promise<ElbSection> {
  return { regions: await forEachRegion(ctx, 'elb', (region) => collectRegion(ctx, region)) };
}

export const elbCollector: Collector<'elb'> = {
  section: 'elb',
  collect: collectElb,
};
