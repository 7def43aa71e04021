import { defineCheck, fail, pass } from '../define-check.js';
import { eachDistribution, name, UPDATE_DISTRIBUTION_CLI } from './distributions.js';

export const cloudfrontDistributionOriginFailoverConfigured = defineCheck({
  id: 'cloudfront-distribution-origin-failover-configured',
  title: 'CloudFront distributions have origin failover configured',
  service: 'cloudfront',
  severity: 'low',
  resourceType: 'AwsCloudFrontDistribution',
  frameworks: { fsbp: ['CloudFront.4'] },
  rationale:
    'An origin group with two origins lets CloudFront fail over to the secondary origin when the primary is unavailable or answers with chosen error codes. As Security Hub CloudFront.4, a distribution passes when it has an origin group with two or more origins.',
  remediation: {
    summary: 'Create an origin group of a primary and a secondary origin and point the cache behaviors at it.',
    cli: UPDATE_DISTRIBUTION_CLI,
    console:
      'CloudFront console > Distributions > <distribution> > Origins > Create origin group > choose two origins and failover criteria > Create; then edit the behaviors to use it.',
    docs: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/high_availability_origin_failover.html',
  },
  reads: ['cloudfront'],
  evaluate: (inv, ctx) =>
    eachDistribution(inv.cloudfront, ctx, (d, c) => {
      const group = c.originGroups.find((g) => g.members.length >= 2);
      if (group) return pass(d, `${name(d)} has origin group ${group.id} with ${group.members.length} origins.`);
      return c.originGroups.length === 0
        ? fail(d, `${name(d)} has no origin group, so it has no origin failover.`)
        : fail(d, `${name(d)} has no origin group with two or more origins.`);
    }),
});
