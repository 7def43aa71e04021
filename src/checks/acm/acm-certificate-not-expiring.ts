import { defineCheck, eachRegional, fail, notApplicable, pass } from '../define-check.js';

/** Security Hub ACM.1's default daysToExpiration. */
const DAYS_TO_EXPIRATION = 30;
const DAY_MS = 86_400_000;

export const acmCertificateNotExpiring = defineCheck({
  id: 'acm-certificate-not-expiring',
  title: `ACM certificates do not expire within ${DAYS_TO_EXPIRATION} days`,
  service: 'acm',
  severity: 'medium',
  resourceType: 'AwsCertificateManagerCertificate',
  frameworks: { fsbp: ['ACM.1'], checklist: ['4.16'] },
  rationale: `An expired certificate breaks TLS for every endpoint that serves it, and clients that click through the warning learn to ignore it. ACM renews the certificates it issued when they are in use and still validate, but not imported ones. As Security Hub ACM.1 with its default parameter, imported and ACM-issued certificates fail when they expire within ${DAYS_TO_EXPIRATION} days (or already have).`,
  remediation: {
    summary:
      'Re-import a renewed certificate (imported), or fix what blocks managed renewal (ACM-issued: DNS validation records, the certificate being in use), or request a new certificate and move the endpoints to it.',
    cli: 'aws acm import-certificate --certificate-arn <certificate-arn> --certificate fileb://certificate.pem --private-key fileb://private-key.pem --certificate-chain fileb://chain.pem',
    console:
      'AWS Certificate Manager console > List certificates > <certificate> > Reimport (imported) or check Renewal status (ACM-issued).',
    docs: 'https://docs.aws.amazon.com/acm/latest/userguide/managed-renewal.html',
  },
  reads: ['acm'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.acm.certificates, 'acm', (cert) => {
      const label = `ACM certificate ${cert.domainName} (${cert.arn.split('/').at(-1) ?? cert.arn})`;
      if (cert.notAfter === null)
        return notApplicable(cert, `${label} has no validity period yet (status ${cert.status ?? 'unknown'}): no certificate was issued.`);
      const days = Math.floor((Date.parse(cert.notAfter) - ctx.now.getTime()) / DAY_MS);
      const date = cert.notAfter.slice(0, 10);
      if (days < 0) return fail(cert, `${label} expired on ${date}.`);
      if (days <= DAYS_TO_EXPIRATION) return fail(cert, `${label} expires on ${date}, in ${days} days (within ${DAYS_TO_EXPIRATION}).`);
      return pass(cert, `${label} expires on ${date}, in ${days} days.`);
    }),
});
