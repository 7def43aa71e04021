import { defineCheck, fail, missingData, notApplicable, pass, unknown } from '../define-check.js';
import { CLASSIC_TLS_PROTOCOLS, eachClassic, listOf } from './lib.js';

/** The control's predefinedPolicyName parameter (not customizable). */
export const REQUIRED_CLASSIC_POLICY = 'ELBSecurityPolicy-TLS-1-2-2017-01';

export const elbClassicSslListenerStrongPolicy = defineCheck({
  id: 'elb-classic-ssl-listener-strong-policy',
  title: 'Classic Load Balancer HTTPS/SSL listeners use the predefined policy ELBSecurityPolicy-TLS-1-2-2017-01',
  service: 'elb',
  severity: 'medium',
  resourceType: 'AwsElbLoadBalancer',
  frameworks: { fsbp: ['ELB.8'], checklist: ['4.12'] },
  rationale:
    'The security policy of an HTTPS or SSL listener decides which protocols and ciphers clients may negotiate; older predefined policies still allow TLS 1.0 and 1.1 and weak ciphers. As Security Hub ELB.8 (AWS Config elb-predefined-security-policy-ssl-check), each HTTPS/SSL listener of a Classic Load Balancer must use an SSL negotiation policy made from the predefined ELBSecurityPolicy-TLS-1-2-2017-01 (its Reference-Security-Policy); custom policies fail.',
  remediation: {
    summary: 'Create an SSL negotiation policy that references ELBSecurityPolicy-TLS-1-2-2017-01 and set it on each HTTPS/SSL listener.',
    cli: 'aws elb create-load-balancer-policy --load-balancer-name <name> --policy-name tls-1-2-2017-01 --policy-type-name SSLNegotiationPolicyType --policy-attributes AttributeName=Reference-Security-Policy,AttributeValue=ELBSecurityPolicy-TLS-1-2-2017-01 && aws elb set-load-balancer-policies-of-listener --load-balancer-name <name> --load-balancer-port <port> --policy-names tls-1-2-2017-01',
    docs: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-security-policy-table.html',
  },
  reads: ['elb'],
  evaluate: (inv, ctx) =>
    eachClassic(inv, ctx, (lb) => {
      const tls = lb.listeners.filter((l) => CLASSIC_TLS_PROTOCOLS.includes(l.protocol));
      if (tls.length === 0) return notApplicable(lb, `Classic Load Balancer ${lb.name} has no HTTPS or SSL listener.`);
      if (!lb.sslPolicies.ok) return unknown(lb, lb.sslPolicies.error);
      const policies = new Map(lb.sslPolicies.value.map((p) => [p.name, p]));
      const weak: string[] = [];
      for (const l of tls) {
        const missing = l.policyNames.filter((n) => !policies.has(n));
        if (missing.length > 0)
          return unknown(
            lb,
            missingData(
              'elasticloadbalancing:DescribeLoadBalancerPolicies',
              lb.arn,
              `policy ${listOf(missing)} of the listener on port ${l.port} was not described`,
              {
                region: lb.region,
              },
            ),
            `The security policy of Classic Load Balancer ${lb.name} could not be decided`,
          );
        const negotiation = l.policyNames.map((n) => policies.get(n)).find((p) => p?.type === 'SSLNegotiationPolicyType');
        if (negotiation?.referenceSecurityPolicy !== REQUIRED_CLASSIC_POLICY)
          weak.push(
            `port ${l.port} (${negotiation ? `policy ${negotiation.name} ${negotiation.referenceSecurityPolicy ? `from ${negotiation.referenceSecurityPolicy}` : 'is custom'}` : 'no SSL negotiation policy'})`,
          );
      }
      return weak.length === 0
        ? pass(
            lb,
            `Classic Load Balancer ${lb.name} uses ${REQUIRED_CLASSIC_POLICY} on all ${tls.length} HTTPS/SSL listener${tls.length === 1 ? '' : 's'}.`,
          )
        : fail(lb, `Classic Load Balancer ${lb.name} has HTTPS/SSL listeners without ${REQUIRED_CLASSIC_POLICY}: ${listOf(weak)}.`);
    }),
});
