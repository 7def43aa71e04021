import { defineCheck, fail, pass, undecided } from '../define-check.js';
import { eachDistribution, name, UPDATE_DISTRIBUTION_CLI, usesCustomCertificate } from './distributions.js';

export const cloudfrontDistributionSniEnabled = defineCheck({
  id: 'cloudfront-distribution-sni-enabled',
  title: 'CloudFront distributions with custom certificates serve HTTPS with SNI',
  service: 'cloudfront',
  severity: 'low',
  resourceType: 'AwsCloudFrontDistribution',
  frameworks: { fsbp: ['CloudFront.8'] },
  rationale:
    'Dedicated-IP SSL (vip) exists for clients too old to send SNI; every modern client sends it, and dedicated IPs cost more. As Security Hub CloudFront.8, a distribution with a custom certificate fails when its SSL support method is a dedicated IP address; distributions with the default certificate are out of scope.',
  remediation: {
    summary: 'Set ViewerCertificate.SSLSupportMethod to sni-only.',
    cli: UPDATE_DISTRIBUTION_CLI,
    console: 'CloudFront console > Distributions > <distribution> > General > Edit > Legacy clients support: off > Save changes.',
    docs: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cnames-https-dedicated-ip-or-sni.html',
  },
  reads: ['cloudfront'],
  evaluate: (inv, ctx) =>
    eachDistribution(inv.cloudfront, ctx, (d, c) => {
      if (!usesCustomCertificate(c)) return undefined;
      const method = c.viewerCertificate.sslSupportMethod;
      if (method === 'vip') return fail(d, `${name(d)} serves its custom certificate from dedicated IP addresses (vip) instead of SNI.`);
      if (method === null)
        return undecided(d, `${name(d)} has a custom certificate but GetDistributionConfig named no SSL support method.`);
      return pass(d, `${name(d)} serves its custom certificate with SSL support method ${method}.`);
    }),
});
