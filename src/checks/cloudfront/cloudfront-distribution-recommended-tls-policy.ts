import { defineCheck, fail, pass } from '../define-check.js';
import { eachDistribution, name, UPDATE_DISTRIBUTION_CLI, usesCustomCertificate } from './distributions.js';

/** The security policies AWS recommends for viewer connections. */
const RECOMMENDED = ['TLSv1.2_2021', 'TLSv1.2_2025', 'TLSv1.3_2025'];

export const cloudfrontDistributionRecommendedTlsPolicy = defineCheck({
  id: 'cloudfront-distribution-recommended-tls-policy',
  title: 'CloudFront distributions use the recommended TLS security policy',
  service: 'cloudfront',
  severity: 'medium',
  resourceType: 'AwsCloudFrontDistribution',
  frameworks: { fsbp: ['CloudFront.15'], checklist: ['4.13'] },
  rationale:
    'The security policy sets the oldest TLS version and the ciphers viewers may use; older policies accept TLS 1.0/1.1 and weak ciphers. As Security Hub CloudFront.15, a distribution that serves a custom certificate with SNI passes with TLSv1.2_2021, TLSv1.2_2025 or TLSv1.3_2025; distributions with the default certificate (limited to TLSv1 by CloudFront) or dedicated-IP SSL are out of scope.',
  remediation: {
    summary: 'Set ViewerCertificate.MinimumProtocolVersion to TLSv1.2_2021 or newer.',
    cli: UPDATE_DISTRIBUTION_CLI,
    console:
      'CloudFront console > Distributions > <distribution> > General > Edit > Security policy: TLSv1.2_2021 (recommended) > Save changes.',
    docs: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html',
  },
  reads: ['cloudfront'],
  evaluate: (inv, ctx) =>
    eachDistribution(inv.cloudfront, ctx, (d, c) => {
      if (!usesCustomCertificate(c) || c.viewerCertificate.sslSupportMethod !== 'sni-only') return undefined;
      const policy = c.viewerCertificate.minimumProtocolVersion;
      return policy && RECOMMENDED.includes(policy)
        ? pass(d, `${name(d)} uses security policy ${policy}.`)
        : fail(d, `${name(d)} uses security policy ${policy ?? '(none)'}, not a recommended one (${RECOMMENDED.join(', ')}).`);
    }),
});
