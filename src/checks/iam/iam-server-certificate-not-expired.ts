import { accountRef, defineCheck, eachResource, fail, missingData, pass, unknown } from '../define-check.js';

export const iamServerCertificateNotExpired = defineCheck({
  id: 'iam-server-certificate-not-expired',
  title: 'No expired SSL/TLS certificates are stored in IAM',
  service: 'iam',
  severity: 'medium',
  resourceType: 'Other',
  frameworks: { fsbp: ['IAM.26'], 'cis-3.0': ['1.19'], checklist: ['1.17'] },
  rationale:
    'An expired certificate can be deployed to a load balancer or CloudFront by mistake, breaking clients or making them accept invalid certificates.',
  remediation: {
    summary: 'Delete expired server certificates from IAM; prefer AWS Certificate Manager, which renews certificates automatically.',
    cli: 'aws iam delete-server-certificate --server-certificate-name <name>',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_server-certs.html',
  },
  reads: ['iam'],
  evaluate: (inv, ctx) =>
    eachResource(inv.iam.serverCertificates, accountRef(ctx), (cert) => {
      const expires = cert.expiration ? Date.parse(cert.expiration) : NaN;
      if (Number.isNaN(expires))
        return unknown(cert, missingData('iam:ListServerCertificates', cert.arn, 'no expiration date was returned'));
      return expires <= ctx.now.getTime()
        ? fail(cert, `Server certificate ${cert.serverCertificateName} expired on ${cert.expiration?.slice(0, 10)}.`)
        : pass(cert, `Server certificate ${cert.serverCertificateName} is valid until ${cert.expiration?.slice(0, 10)}.`);
    }),
});
