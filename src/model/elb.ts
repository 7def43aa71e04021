import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/**
 * Elastic Load Balancing: Classic Load Balancers (ELB API version 1, `elb`) and Application,
 * Network and Gateway Load Balancers (version 2, `elbv2`). Both share the IAM prefix
 * `elasticloadbalancing`, so they are one section; only what checks read is kept.
 */

/** One listener of a Classic Load Balancer, from DescribeLoadBalancers ListenerDescriptions. */
export const ElbClassicListener = z.object({
  /** Listener.Protocol: HTTP, HTTPS, TCP or SSL (front-end, client to load balancer) */
  protocol: z.string(),
  /** Listener.LoadBalancerPort */
  port: z.number(),
  /** Listener.SSLCertificateId: the ACM or IAM certificate ARN; null on HTTP and TCP listeners */
  sslCertificateId: z.string().nullable(),
  /** PolicyNames: the policies of the listener (for HTTPS/SSL, its SSL negotiation policy) */
  policyNames: z.array(z.string()),
});
export type ElbClassicListener = z.infer<typeof ElbClassicListener>;

/** DescribeLoadBalancerAttributes of a Classic Load Balancer. */
export const ElbClassicAttributes = z.object({
  /** AccessLog.Enabled; null when the answer has no AccessLog block */
  accessLogsEnabled: z.boolean().nullable(),
  /** ConnectionDraining.Enabled; null when absent from the answer */
  connectionDrainingEnabled: z.boolean().nullable(),
  /** CrossZoneLoadBalancing.Enabled; null when absent from the answer */
  crossZoneEnabled: z.boolean().nullable(),
  /**
   * AdditionalAttributes `elb.http.desyncmitigationmode` (monitor, defensive, strictest); null when
   * the answer does not carry it (AWS reports it for every Classic Load Balancer; moto does not)
   */
  desyncMitigationMode: z.string().nullable(),
});
export type ElbClassicAttributes = z.infer<typeof ElbClassicAttributes>;

/** A policy of a Classic Load Balancer, from DescribeLoadBalancerPolicies. */
export const ElbClassicPolicy = z.object({
  name: z.string(),
  /** PolicyTypeName, e.g. SSLNegotiationPolicyType */
  type: z.string().nullable(),
  /** The `Reference-Security-Policy` attribute: the predefined security policy it was created from; null for a custom policy */
  referenceSecurityPolicy: z.string().nullable(),
});
export type ElbClassicPolicy = z.infer<typeof ElbClassicPolicy>;

export const ElbClassicLoadBalancer = z.object({
  /** Built as `arn:PARTITION:elasticloadbalancing:REGION:ACCOUNT:loadbalancer/NAME` (the version 1 API returns no ARN) */
  arn: z.string(),
  region: z.string(),
  /** LoadBalancerName */
  name: z.string(),
  /** AvailabilityZones: the zones the load balancer is enabled in */
  availabilityZones: z.array(z.string()),
  /** ListenerDescriptions */
  listeners: z.array(ElbClassicListener),
  /** DescribeLoadBalancerAttributes */
  attributes: observedSchema(ElbClassicAttributes),
  /**
   * DescribeLoadBalancerPolicies for the policies named by the HTTPS/SSL listeners (empty, without a
   * call, when the load balancer has no HTTPS/SSL listener or they name no policy)
   */
  sslPolicies: observedSchema(z.array(ElbClassicPolicy)),
});
export type ElbClassicLoadBalancer = z.infer<typeof ElbClassicLoadBalancer>;

/** A listener or rule action (only the fields the redirect check reads). */
export const ElbAction = z.object({
  /** Type: forward, redirect, fixed-response, authenticate-oidc, authenticate-cognito, jwt-validation */
  type: z.string(),
  /** RedirectConfig.Protocol of a redirect (HTTP, HTTPS or `#{protocol}`, which keeps the request's protocol); null otherwise */
  redirectProtocol: z.string().nullable(),
});
export type ElbAction = z.infer<typeof ElbAction>;

/** A non-default rule of a listener, from DescribeRules. */
export const ElbRule = z.object({
  /** Priority (a number as text) */
  priority: z.string(),
  actions: z.array(ElbAction),
});
export type ElbRule = z.infer<typeof ElbRule>;

export const ElbListener = z.object({
  arn: z.string(),
  region: z.string(),
  /** Port */
  port: z.number().nullable(),
  /** Protocol: HTTP, HTTPS (ALB); TCP, TLS, UDP, TCP_UDP, QUIC, TCP_QUIC (NLB); null on Gateway Load Balancers (GENEVE) */
  protocol: z.string().nullable(),
  /** SslPolicy: the security policy of an HTTPS or TLS listener; null when absent (kept only for HTTPS and TLS listeners) */
  sslPolicy: z.string().nullable(),
  /** DefaultActions */
  defaultActions: z.array(ElbAction),
  /**
   * DescribeRules, read only for HTTP listeners of Application Load Balancers (the HTTP-to-HTTPS
   * redirect check): the non-default rules; null for every other listener (not read)
   */
  rules: observedSchema(z.array(ElbRule)).nullable(),
});
export type ElbListener = z.infer<typeof ElbListener>;

/** DescribeLoadBalancerAttributes of a version 2 load balancer; a null is a key the answer did not carry. */
export const ElbLoadBalancerAttributes = z.object({
  /** access_logs.s3.enabled (ALB and NLB) */
  accessLogsEnabled: z.boolean().nullable(),
  /** deletion_protection.enabled */
  deletionProtection: z.boolean().nullable(),
  /** routing.http.drop_invalid_header_fields.enabled (ALB) */
  dropInvalidHeaderFields: z.boolean().nullable(),
  /** routing.http.desync_mitigation_mode: monitor, defensive or strictest (ALB) */
  desyncMitigationMode: z.string().nullable(),
});
export type ElbLoadBalancerAttributes = z.infer<typeof ElbLoadBalancerAttributes>;

export const ElbLoadBalancer = z.object({
  /** LoadBalancerArn */
  arn: z.string(),
  region: z.string(),
  /** LoadBalancerName */
  name: z.string(),
  /** Type: application, network or gateway */
  type: z.string(),
  /** AvailabilityZones[].ZoneName: the zones the load balancer is enabled in */
  availabilityZones: z.array(z.string()),
  /** DescribeLoadBalancerAttributes */
  attributes: observedSchema(ElbLoadBalancerAttributes),
  /** DescribeListeners (paginated) */
  listeners: observedSchema(z.array(ElbListener)),
});
export type ElbLoadBalancer = z.infer<typeof ElbLoadBalancer>;

/** A version 2 target group, from DescribeTargetGroups. */
export const ElbTargetGroup = z.object({
  arn: z.string(),
  region: z.string(),
  /** TargetGroupName */
  name: z.string(),
  /** Protocol: HTTP, HTTPS, TCP, TLS, UDP, TCP_UDP, QUIC, TCP_QUIC, GENEVE; null for Lambda targets */
  protocol: z.string().nullable(),
  /** TargetType: instance, ip, lambda or alb */
  targetType: z.string().nullable(),
  /** HealthCheckProtocol: HTTP, HTTPS or TCP; null when absent (Lambda targets without health checks) */
  healthCheckProtocol: z.string().nullable(),
});
export type ElbTargetGroup = z.infer<typeof ElbTargetGroup>;

export const ElbRegion = z.object({
  /** elb DescribeLoadBalancers (Classic Load Balancers) */
  classicLoadBalancers: observedSchema(z.array(ElbClassicLoadBalancer)),
  /** elbv2 DescribeLoadBalancers (Application, Network and Gateway Load Balancers) */
  loadBalancers: observedSchema(z.array(ElbLoadBalancer)),
  /** elbv2 DescribeTargetGroups */
  targetGroups: observedSchema(z.array(ElbTargetGroup)),
});
export type ElbRegion = z.infer<typeof ElbRegion>;

/** What the elb collector records. */
export const ElbSection = z.object({
  regions: regionalSchema(ElbRegion),
});
export type ElbSection = z.infer<typeof ElbSection>;
