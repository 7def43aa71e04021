import { defineCheck, fail, pass } from '../define-check.js';
import { eachDistribution, name, UPDATE_DISTRIBUTION_CLI, usesCustomCertificate } from './distributions.js';

export const cloudfrontDistributionCustomCertificate = defineCheck({
  id: 'cloudfront-distribution-custom-certificate',
  title: 'CloudFront distributions use custom SSL/TLS certificates',
  service: 'cloudfront',
  severity: 'low',
  resourceType: 'AwsCloudFrontDistribution',
  frameworks: { fsbp: ['CloudFront.7'], checklist: ['4.13'] },
  rationale:
    'With the default *.cloudfront.net certificate viewers reach the distribution only by its CloudFront name, and the distribution is limited to the oldest security policy (TLSv1); a custom certificate from ACM or IAM serves the own domain and allows a modern minimum TLS version. As Security Hub CloudFront.7, a distribution using the default certificate fails.',
  remediation: {
    summary: 'Request or import a certificate in ACM (us-east-1) for the alternate domain names and set it as the viewer certificate.',
    cli: UPDATE_DISTRIBUTION_CLI,
    console:
      'CloudFront console > Distributions > <distribution> > General > Edit > Custom SSL certificate > choose the ACM certificate > Save changes.',
    docs: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cnames-and-https-procedures.html',
  },
  reads: ['cloudfront'],
  evaluate: (inv, ctx) =>
    eachDistribution(inv.cloudfront, ctx, (d, c) => {
      const vc = c.viewerCertificate;
      if (usesCustomCertificate(c))
        return pass(d, `${name(d)} uses custom certificate ${vc.acmCertificateArn ?? `IAM ${vc.iamCertificateId ?? ''}`}.`);
      return fail(d, `${name(d)} uses the default CloudFront certificate (*.cloudfront.net).`);
    }),
});
