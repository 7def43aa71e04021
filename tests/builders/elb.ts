import type {
  ElbAction,
  ElbClassicAttributes,
  ElbClassicLoadBalancer,
  ElbListener,
  ElbLoadBalancer,
  ElbLoadBalancerAttributes,
  ElbRegion,
  ElbSection,
  ElbTargetGroup,
} from '../../src/model/elb.js';
import { REGIONS, arn, ok } from './common.js';

export const forward: ElbAction = { type: 'forward', redirectProtocol: null };
export const redirectToHttps: ElbAction = { type: 'redirect', redirectProtocol: 'HTTPS' };

export function elbClassicAttributes(overrides: Partial<ElbClassicAttributes> = {}): ElbClassicAttributes {
  return {
    accessLogsEnabled: true,
    connectionDrainingEnabled: true,
    crossZoneEnabled: true,
    desyncMitigationMode: 'defensive',
    ...overrides,
  };
}

/**
 * A compliant Classic Load Balancer: one HTTPS listener with an ACM certificate and a policy made
 * from ELBSecurityPolicy-TLS-1-2-2017-01, two zones, every attribute on, defensive desync mode.
 */
export function elbClassic(name: string, region: string, overrides: Partial<ElbClassicLoadBalancer> = {}): ElbClassicLoadBalancer {
  return {
    arn: arn('elasticloadbalancing', region, `loadbalancer/${name}`),
    region,
    name,
    availabilityZones: [`${region}a`, `${region}b`],
    listeners: [
      {
        protocol: 'HTTPS',
        port: 443,
        sslCertificateId: arn('acm', region, 'certificate/0f1e2d3c'),
        policyNames: ['tls12'],
      },
    ],
    attributes: ok(elbClassicAttributes()),
    sslPolicies: ok([{ name: 'tls12', type: 'SSLNegotiationPolicyType', referenceSecurityPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01' }]),
    ...overrides,
  };
}

export function elbAttributes(overrides: Partial<ElbLoadBalancerAttributes> = {}): ElbLoadBalancerAttributes {
  return {
    accessLogsEnabled: true,
    deletionProtection: true,
    dropInvalidHeaderFields: true,
    desyncMitigationMode: 'defensive',
    ...overrides,
  };
}

/** An HTTPS listener with a recommended policy, forwarding (override protocol, actions or rules for other cases). */
export function elbListener(lbName: string, region: string, overrides: Partial<ElbListener> = {}): ElbListener {
  const port = overrides.port ?? 443;
  return {
    arn: arn('elasticloadbalancing', region, `listener/app/${lbName}/50dc6c495c0c9188/${port}`),
    region,
    port,
    protocol: 'HTTPS',
    sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-Res-2021-06',
    defaultActions: [forward],
    rules: null,
    ...overrides,
  };
}

/** An HTTP listener that redirects every request to HTTPS (its rules read, none). */
export function elbHttpRedirectListener(lbName: string, region: string, overrides: Partial<ElbListener> = {}): ElbListener {
  return elbListener(lbName, region, {
    port: 80,
    protocol: 'HTTP',
    sslPolicy: null,
    defaultActions: [redirectToHttps],
    rules: ok([]),
    ...overrides,
  });
}

/** A compliant Application Load Balancer: two zones, every attribute on, one HTTPS listener. */
export function elbLoadBalancer(name: string, region: string, overrides: Partial<ElbLoadBalancer> = {}): ElbLoadBalancer {
  return {
    arn: arn('elasticloadbalancing', region, `loadbalancer/app/${name}/50dc6c495c0c9188`),
    region,
    name,
    type: 'application',
    availabilityZones: [`${region}a`, `${region}b`],
    attributes: ok(elbAttributes()),
    listeners: ok([elbListener(name, region)]),
    ...overrides,
  };
}

/** A compliant target group: HTTPS traffic and HTTPS health checks to instances. */
export function elbTargetGroup(name: string, region: string, overrides: Partial<ElbTargetGroup> = {}): ElbTargetGroup {
  return {
    arn: arn('elasticloadbalancing', region, `targetgroup/${name}/73e2d6bc24d8a067`),
    region,
    name,
    protocol: 'HTTPS',
    targetType: 'instance',
    healthCheckProtocol: 'HTTPS',
    ...overrides,
  };
}

export function elbRegion(overrides: Partial<ElbRegion> = {}): ElbRegion {
  return { classicLoadBalancers: ok([]), loadBalancers: ok([]), targetGroups: ok([]), ...overrides };
}

/** A section with `overrides` in eu-west-1 and nothing in the other regions. */
export function elbOneRegion(overrides: Partial<ElbRegion> = {}): ElbSection {
  return { regions: Object.fromEntries(REGIONS.map((r) => [r, r === 'eu-west-1' ? elbRegion(overrides) : elbRegion()])) };
}

export function compliantElbSection(): ElbSection {
  return {
    regions: Object.fromEntries(
      REGIONS.map((r) => [
        r,
        elbRegion({
          classicLoadBalancers: ok([elbClassic(`clb-${r}`, r)]),
          loadBalancers: ok([elbLoadBalancer(`alb-${r}`, r)]),
          targetGroups: ok([elbTargetGroup(`tg-${r}`, r)]),
        }),
      ]),
    ),
  };
}
