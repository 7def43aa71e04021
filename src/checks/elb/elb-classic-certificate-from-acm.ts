import { defineCheck, fail, notApplicable, pass } from '../define-check.js';
import { CLASSIC_TLS_PROTOCOLS, eachClassic, listOf } from './lib.js';

/** An ACM certificate ARN: arn:PARTITION:acm:REGION:ACCOUNT:certificate/ID (IAM server certificates are arn:...:iam::...:server-certificate/...). */
const isAcm = (id: string) => /^arn:[^:]+:acm:/.test(id);

export const elbClassicCertificateFromAcm = defineCheck({
  id: 'elb-classic-certificate-from-acm',
  title: 'Classic Load Balancers with HTTPS/SSL listeners use certificates from AWS Certificate Manager',
  service: 'elb',
  severity: 'medium',
  resourceType: 'AwsElbLoadBalancer',
  frameworks: { fsbp: ['ELB.2'], checklist: ['4.12'] },
  rationale:
    'Certificates issued or imported through AWS Certificate Manager are renewed (issued ones automatically) and tracked; IAM server certificates are not, and expire silently. As Security Hub ELB.2 (AWS Config elb-acm-certificate-required), a Classic Load Balancer with HTTPS or SSL listeners fails when a listener certificate is not an ACM certificate; one without such listeners is not in scope.',
  remediation: {
    summary: 'Request or import the certificate in ACM and set it on each HTTPS/SSL listener.',
    cli: 'aws elb set-load-balancer-listener-ssl-certificate --load-balancer-name <name> --load-balancer-port <port> --ssl-certificate-id <acm-certificate-arn>',
    docs: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-update-ssl-cert.html',
  },
  reads: ['elb'],
  evaluate: (inv, ctx) =>
    eachClassic(inv, ctx, (lb) => {
      const tls = lb.listeners.filter((l) => CLASSIC_TLS_PROTOCOLS.includes(l.protocol));
      if (tls.length === 0) return notApplicable(lb, `Classic Load Balancer ${lb.name} has no HTTPS or SSL listener.`);
      const notAcm = tls.filter((l) => l.sslCertificateId === null || !isAcm(l.sslCertificateId));
      return notAcm.length === 0
        ? pass(
            lb,
            `Classic Load Balancer ${lb.name} uses ACM certificates on all ${tls.length} HTTPS/SSL listener${tls.length === 1 ? '' : 's'}.`,
          )
        : fail(
            lb,
            `Classic Load Balancer ${lb.name} has HTTPS/SSL listeners whose certificate is not from ACM: ${listOf(notAcm.map((l) => `port ${l.port} (${l.sslCertificateId ?? 'no certificate'})`))}.`,
          );
    }),
});
