import { defineCheck, fail, pass } from '../define-check.js';
import { eachListener, listenerLabel } from './lib.js';

/** The control's sslPolicies parameter (not customizable), as the Security Hub controls reference lists it. */
export const RECOMMENDED_POLICIES = [
  'ELBSecurityPolicy-TLS13-1-3-2021-06',
  'ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04',
  'ELBSecurityPolicy-TLS13-1-2-Res-2021-06',
  'ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04',
  'ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09',
  'ELBSecurityPolicy-TLS13-1-3-PQ-2025-09',
  'ELBSecurityPolicy-TLS13-1-2-Res-FIPS-PQ-2025-09',
  'ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09',
];

export const elbListenerRecommendedTlsPolicy = defineCheck({
  id: 'elb-listener-recommended-tls-policy',
  title: 'Application and Network Load Balancer HTTPS/TLS listeners use a recommended security policy',
  service: 'elb',
  severity: 'medium',
  resourceType: 'AwsElbv2Listener',
  frameworks: { fsbp: ['ELB.17'], checklist: ['4.12'] },
  rationale:
    'The security policy of an HTTPS or TLS listener decides which protocols and ciphers clients may negotiate. As Security Hub ELB.17 (AWS Config elbv2-predefined-security-policy-ssl-check), an HTTPS listener of an Application Load Balancer or a TLS listener of a Network Load Balancer fails unless it uses one of the TLS 1.3 policies the control lists (ELBSecurityPolicy-TLS13-1-3-2021-06, ELBSecurityPolicy-TLS13-1-2-Res-2021-06, their FIPS and post-quantum variants).',
  remediation: {
    summary: 'Switch the listener to a recommended policy, such as ELBSecurityPolicy-TLS13-1-2-Res-2021-06.',
    cli: 'aws elbv2 modify-listener --listener-arn <listener-arn> --ssl-policy ELBSecurityPolicy-TLS13-1-2-Res-2021-06',
    docs: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html',
  },
  reads: ['elb'],
  evaluate: (inv, ctx) =>
    eachListener(inv, ctx, (l, lb) => {
      const inScope = (lb.type === 'application' && l.protocol === 'HTTPS') || (lb.type === 'network' && l.protocol === 'TLS');
      if (!inScope) return undefined;
      const label = listenerLabel(l, lb);
      if (l.sslPolicy === null) return fail(l, `The ${label} reports no security policy.`);
      return RECOMMENDED_POLICIES.includes(l.sslPolicy)
        ? pass(l, `The ${label} uses the recommended security policy ${l.sslPolicy}.`)
        : fail(l, `The ${label} uses security policy ${l.sslPolicy}, which is not one of the recommended TLS 1.3 policies.`);
    }),
});
