import { defineCheck, fail, pass } from '../define-check.js';
import { eachListener, listenerLabel } from './lib.js';

/** The protocol each load balancer type must use on every listener. */
const REQUIRED: Record<string, string> = { application: 'HTTPS', network: 'TLS' };

export const elbListenerEncrypted = defineCheck({
  id: 'elb-listener-encrypted',
  title: 'Application and Network Load Balancer listeners use HTTPS or TLS',
  service: 'elb',
  severity: 'medium',
  resourceType: 'AwsElbv2Listener',
  frameworks: { fsbp: ['ELB.18'], checklist: ['4.12'] },
  rationale:
    'A listener that does not terminate TLS carries client traffic in cleartext. As Security Hub ELB.18 (AWS Config elbv2-listener-encryption-in-transit), an Application Load Balancer listener fails unless it uses HTTPS and a Network Load Balancer listener fails unless it uses TLS; the control makes no exception for an HTTP listener that only redirects to HTTPS (ELB.1 asks for that redirect), so such a listener fails here. Gateway Load Balancer listeners are not in scope.',
  remediation: {
    summary:
      'Change the listener to HTTPS (Application Load Balancer) or TLS (Network Load Balancer) with an ACM certificate, or remove it.',
    cli: 'aws elbv2 modify-listener --listener-arn <listener-arn> --protocol <HTTPS|TLS> --port 443 --certificates CertificateArn=<acm-certificate-arn> --ssl-policy ELBSecurityPolicy-TLS13-1-2-Res-2021-06',
    docs: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/create-https-listener.html',
  },
  reads: ['elb'],
  evaluate: (inv, ctx) =>
    eachListener(inv, ctx, (l, lb) => {
      const required = REQUIRED[lb.type];
      if (required === undefined) return undefined;
      const label = listenerLabel(l, lb);
      if (l.protocol === required) return pass(l, `The ${label} encrypts client traffic with ${required}.`);
      const redirects = l.defaultActions.some((a) => a.type === 'redirect' && a.redirectProtocol === 'HTTPS');
      return fail(
        l,
        `The ${label} does not use ${required}${redirects ? ' (it redirects to HTTPS, but the control requires HTTPS on every listener)' : ''}.`,
      );
    }),
});
