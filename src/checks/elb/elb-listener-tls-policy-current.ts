import { defineCheck, fail, pass, undecided, unknown } from '../define-check.js';
import { CLASSIC_TLS_PROTOCOLS, asClassic, eachClassic, eachListener, listOf, listenerLabel } from './lib.js';

/**
 * Predefined security policies that still accept TLS 1.0 or TLS 1.1, from the policy tables of
 * the Elastic Load Balancing user guides (keep in step with them when AWS adds policies):
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/network/describe-ssl-policies.html
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-security-policy-table.html
 */
export const LEGACY_TLS_POLICIES = [
  'ELBSecurityPolicy-2016-08',
  'ELBSecurityPolicy-2015-05',
  'ELBSecurityPolicy-2015-03',
  'ELBSecurityPolicy-2015-02',
  'ELBSecurityPolicy-2014-10',
  'ELBSecurityPolicy-2014-01',
  'ELBSecurityPolicy-2011-08',
  'ELBSample-ELBDefaultNegotiationPolicy',
  'ELBSample-OpenSSLDefaultNegotiationPolicy',
  'ELBSecurityPolicy-TLS-1-0-2015-04',
  'ELBSecurityPolicy-TLS-1-1-2017-01',
  'ELBSecurityPolicy-FS-2018-06',
  'ELBSecurityPolicy-FS-1-1-2019-08',
  'ELBSecurityPolicy-TLS13-1-0-2021-06',
  'ELBSecurityPolicy-TLS13-1-0-FIPS-2023-04',
  'ELBSecurityPolicy-TLS13-1-0-PQ-2025-09',
  'ELBSecurityPolicy-TLS13-1-0-FIPS-PQ-2025-09',
  'ELBSecurityPolicy-TLS13-1-1-2021-06',
  'ELBSecurityPolicy-TLS13-1-1-FIPS-2023-04',
  'ELBSecurityPolicy-TLS13-1-1-PQ-2025-09',
  'ELBSecurityPolicy-TLS13-1-1-FIPS-PQ-2025-09',
];

/** AWS names its TLS 1.2-minimum policies with TLS-1-2, FS-1-2, TLS13-1-2 or TLS13-1-3 (same sources). */
const TLS12_OR_LATER = /^ELBSecurityPolicy-(TLS-1-2|FS-1-2|TLS13-1-2|TLS13-1-3)-/;

type Verdict = 'legacy' | 'current' | 'unrecognized';
export function classifyTlsPolicy(name: string): Verdict {
  if (LEGACY_TLS_POLICIES.includes(name)) return 'legacy';
  return TLS12_OR_LATER.test(name) ? 'current' : 'unrecognized';
}

export const elbListenerTlsPolicyCurrent = defineCheck({
  id: 'elb-listener-tls-policy-current',
  title: 'Load balancer TLS listeners accept only TLS 1.2 or later',
  service: 'elb',
  severity: 'medium',
  resourceType: 'AwsElbv2Listener',
  frameworks: { checklist: ['4.12'] },
  rationale:
    'TLS 1.0 and 1.1 are deprecated (RFC 8996) and still the default of listeners created outside the console (ELBSecurityPolicy-2016-08). Broader than Security Hub ELB.8 and ELB.17, which accept only one or a few named policies: this check fails any HTTPS, TLS or SSL listener, on every load balancer type, whose predefined security policy still accepts TLS 1.0 or 1.1, and passes every policy with a TLS 1.2 minimum. A Classic Load Balancer custom policy or a policy name it does not know is reported as undecided.',
  remediation: {
    summary:
      'Move the listener to a policy with a TLS 1.2 minimum, such as ELBSecurityPolicy-TLS13-1-2-Res-2021-06 (ALB, NLB) or ELBSecurityPolicy-TLS-1-2-2017-01 (Classic).',
    cli: 'aws elbv2 modify-listener --listener-arn <listener-arn> --ssl-policy ELBSecurityPolicy-TLS13-1-2-Res-2021-06',
    docs: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html',
  },
  reads: ['elb'],
  evaluate: (inv, ctx) => [
    ...eachListener(inv, ctx, (l, lb) => {
      if (l.protocol !== 'HTTPS' && l.protocol !== 'TLS') return undefined;
      const label = listenerLabel(l, lb);
      if (l.sslPolicy === null) return undecided(l, `The ${label} reports no security policy.`);
      switch (classifyTlsPolicy(l.sslPolicy)) {
        case 'legacy':
          return fail(l, `The ${label} uses security policy ${l.sslPolicy}, which still accepts TLS 1.0 or 1.1.`);
        case 'current':
          return pass(l, `The ${label} uses security policy ${l.sslPolicy}, which requires TLS 1.2 or later.`);
        case 'unrecognized':
          return undecided(l, `The ${label} uses security policy ${l.sslPolicy}, which Bulwark does not know the protocols of.`);
      }
    }),
    ...eachClassic(inv, ctx, (lb) => {
      const ref = asClassic(lb);
      const tls = lb.listeners.filter((l) => CLASSIC_TLS_PROTOCOLS.includes(l.protocol));
      if (tls.length === 0) return undefined;
      if (!lb.sslPolicies.ok) return unknown(ref, lb.sslPolicies.error);
      const byName = new Map(lb.sslPolicies.value.map((p) => [p.name, p]));
      const legacy: string[] = [];
      const unclear: string[] = [];
      for (const l of tls) {
        const policy = l.policyNames.map((n) => byName.get(n)).find((p) => p?.type === 'SSLNegotiationPolicyType');
        const reference = policy?.referenceSecurityPolicy ?? null;
        if (reference === null)
          unclear.push(`port ${l.port} (${policy ? `custom policy ${policy.name}` : 'no SSL negotiation policy read'})`);
        else if (classifyTlsPolicy(reference) === 'legacy') legacy.push(`port ${l.port} (${reference})`);
        else if (classifyTlsPolicy(reference) === 'unrecognized') unclear.push(`port ${l.port} (${reference})`);
      }
      if (legacy.length > 0)
        return fail(ref, `Classic Load Balancer ${lb.name} has listeners whose policy still accepts TLS 1.0 or 1.1: ${listOf(legacy)}.`);
      if (unclear.length > 0)
        return undecided(ref, `Whether Classic Load Balancer ${lb.name} accepts TLS 1.0 or 1.1 could not be decided: ${listOf(unclear)}.`);
      return pass(
        ref,
        `Classic Load Balancer ${lb.name} requires TLS 1.2 or later on all ${tls.length} HTTPS/SSL listener${tls.length === 1 ? '' : 's'}.`,
      );
    }),
  ],
});
