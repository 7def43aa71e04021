import { defineCheck, fail, notApplicable, pass } from '../define-check.js';
import { CLASSIC_TLS_PROTOCOLS, eachClassic, listOf } from './lib.js';

export const elbClassicListenersEncrypted = defineCheck({
  id: 'elb-classic-listeners-encrypted',
  title: 'Classic Load Balancer listeners use HTTPS or TLS termination',
  service: 'elb',
  severity: 'medium',
  resourceType: 'AwsElbLoadBalancer',
  frameworks: { fsbp: ['ELB.3'], checklist: ['4.12'] },
  rationale:
    'A listener with HTTP or TCP on the front end carries client traffic in cleartext. As Security Hub ELB.3 (AWS Config elb-tls-https-listeners-only), every listener of a Classic Load Balancer must use HTTPS or SSL for client connections; a load balancer without listeners is not in scope.',
  remediation: {
    summary: 'Replace each HTTP or TCP listener by an HTTPS or SSL listener with an ACM certificate.',
    cli: 'aws elb create-load-balancer-listeners --load-balancer-name <name> --listeners Protocol=HTTPS,LoadBalancerPort=443,InstanceProtocol=HTTP,InstancePort=<instance-port>,SSLCertificateId=<acm-certificate-arn> && aws elb delete-load-balancer-listeners --load-balancer-name <name> --load-balancer-ports <cleartext-port>',
    docs: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-create-https-ssl-load-balancer.html',
  },
  reads: ['elb'],
  evaluate: (inv, ctx) =>
    eachClassic(inv, ctx, (lb) => {
      if (lb.listeners.length === 0) return notApplicable(lb, `Classic Load Balancer ${lb.name} has no listener.`);
      const clear = lb.listeners.filter((l) => !CLASSIC_TLS_PROTOCOLS.includes(l.protocol));
      return clear.length === 0
        ? pass(
            lb,
            `Classic Load Balancer ${lb.name} terminates HTTPS or SSL on all ${lb.listeners.length} listener${lb.listeners.length === 1 ? '' : 's'}.`,
          )
        : fail(
            lb,
            `Classic Load Balancer ${lb.name} has listeners without HTTPS or SSL termination: ${listOf(clear.map((l) => `${l.protocol} on port ${l.port}`))}.`,
          );
    }),
});
