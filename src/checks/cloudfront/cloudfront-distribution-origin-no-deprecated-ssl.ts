import { defineCheck, fail, pass } from '../define-check.js';
import { eachDistribution, listOf, name, UPDATE_DISTRIBUTION_CLI } from './distributions.js';

export const cloudfrontDistributionOriginNoDeprecatedSsl = defineCheck({
  id: 'cloudfront-distribution-origin-no-deprecated-ssl',
  title: 'CloudFront distributions do not allow SSLv3 to custom origins',
  service: 'cloudfront',
  severity: 'medium',
  resourceType: 'AwsCloudFrontDistribution',
  frameworks: { fsbp: ['CloudFront.10'], checklist: ['4.13'] },
  rationale:
    'SSLv3 is broken (POODLE): a connection from the edge to the origin that may negotiate it can be decrypted. As Security Hub CloudFront.10 (AWS Config cloudfront-no-deprecated-ssl-protocols), a distribution fails when any custom origin lists SSLv3 in its origin SSL protocols; TLSv1 and TLSv1.1 are not judged by the control. Distributions without custom origins are out of scope.',
  remediation: {
    summary: 'Remove SSLv3 from OriginSslProtocols of every custom origin (keep TLSv1.2).',
    cli: UPDATE_DISTRIBUTION_CLI,
    console:
      'CloudFront console > Distributions > <distribution> > Origins > <origin> > Edit > Minimum origin SSL protocol: TLSv1.2 > Save changes.',
    docs: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-ciphers-cloudfront-to-origin.html',
  },
  reads: ['cloudfront'],
  evaluate: (inv, ctx) =>
    eachDistribution(inv.cloudfront, ctx, (d, c) => {
      const custom = c.origins.filter((o) => o.custom !== null);
      if (custom.length === 0) return undefined;
      const sslv3 = custom.filter((o) => o.custom?.originSslProtocols.includes('SSLv3')).map((o) => o.id);
      return sslv3.length === 0
        ? pass(d, `${name(d)} allows no SSLv3 to its custom origins.`)
        : fail(d, `${name(d)} allows SSLv3 to custom origins: ${listOf(sslv3)}.`);
    }),
});
