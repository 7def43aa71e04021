import { defineCheck, eachRegional, fail, missingData, notApplicable, pass, undecided } from '../define-check.js';

const MIN_RSA_BITS = 2048;

export const acmCertificateRsaKey2048 = defineCheck({
  id: 'acm-certificate-rsa-key-2048',
  title: 'ACM RSA certificates use keys of at least 2,048 bits',
  service: 'acm',
  severity: 'high',
  resourceType: 'AwsCertificateManagerCertificate',
  frameworks: { fsbp: ['ACM.2'] },
  rationale:
    'RSA keys shorter than 2,048 bits no longer resist factoring by a determined attacker, and browsers and NIST guidance reject them. As Security Hub ACM.2, an RSA certificate in ACM (issued or imported) fails when its key is shorter than 2,048 bits; ECDSA certificates are not in its scope.',
  remediation: {
    summary:
      'Replace the certificate with one whose key is RSA 2,048 bits or longer (or ECDSA), move the endpoints to it and delete the old one.',
    cli: 'aws acm request-certificate --domain-name <domain-name> --validation-method DNS --key-algorithm RSA_2048',
    console:
      'AWS Certificate Manager console > Request a certificate > Key algorithm: RSA 2048 (or ECDSA); then re-point the endpoints and delete the old certificate.',
    docs: 'https://docs.aws.amazon.com/acm/latest/userguide/acm-certificate.html#algorithms',
  },
  reads: ['acm'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.acm.certificates, 'acm', (cert, region) => {
      const label = `ACM certificate ${cert.domainName} (${cert.arn.split('/').at(-1) ?? cert.arn})`;
      const algorithm = cert.keyAlgorithm;
      if (algorithm === null)
        return undecided(cert, `The key algorithm of ${label} could not be decided: ListCertificates returned no KeyAlgorithm.`, [
          missingData('acm:ListCertificates', cert.arn, 'the certificate summary carried no KeyAlgorithm', { region }),
        ]);
      const rsa = /^RSA[-_](\d+)$/i.exec(algorithm);
      if (!rsa) return notApplicable(cert, `${label} uses ${algorithm}, not RSA.`);
      const bits = Number(rsa[1]);
      return bits >= MIN_RSA_BITS
        ? pass(cert, `${label} uses an RSA key of ${bits} bits.`)
        : fail(cert, `${label} uses an RSA key of only ${bits} bits (less than ${MIN_RSA_BITS}).`);
    }),
});
