import type { CloudFrontDistributionConfig, CloudFrontOrigin } from '../../model/cloudfront.js';
import { defineCheck, fail, pass } from '../define-check.js';
import { eachDistribution, listOf, name, UPDATE_DISTRIBUTION_CLI } from './distributions.js';

/** The viewer protocol policies of the behaviors that route to an origin, directly or through an origin group. */
function viewerPoliciesFor(c: CloudFrontDistributionConfig, origin: CloudFrontOrigin): string[] {
  const targets = new Set([origin.id, ...c.originGroups.filter((g) => g.members.includes(origin.id)).map((g) => g.id)]);
  return c.cacheBehaviors.filter((b) => targets.has(b.targetOriginId)).map((b) => b.viewerProtocolPolicy);
}

export const cloudfrontDistributionCustomOriginTrafficEncrypted = defineCheck({
  id: 'cloudfront-distribution-custom-origin-traffic-encrypted',
  title: 'CloudFront distributions encrypt traffic to custom origins',
  service: 'cloudfront',
  severity: 'medium',
  resourceType: 'AwsCloudFrontDistribution',
  frameworks: { fsbp: ['CloudFront.9'], checklist: ['4.13'] },
  rationale:
    'Between the edge and a custom origin, requests cross the internet; with http-only, or with match-viewer while viewers may use HTTP, they travel in clear text. As Security Hub CloudFront.9, a distribution fails when a custom origin uses http-only, or match-viewer where a behavior routing to it allows HTTP (allow-all). Distributions without custom origins are out of scope.',
  remediation: {
    summary: 'Set the origin protocol policy of each custom origin to https-only (or match-viewer with HTTPS-only viewers).',
    cli: UPDATE_DISTRIBUTION_CLI,
    console: 'CloudFront console > Distributions > <distribution> > Origins > <origin> > Edit > Protocol: HTTPS only > Save changes.',
    docs: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-cloudfront-to-custom-origin.html',
  },
  reads: ['cloudfront'],
  evaluate: (inv, ctx) =>
    eachDistribution(inv.cloudfront, ctx, (d, c) => {
      const custom = c.origins.filter((o) => o.custom !== null);
      if (custom.length === 0) return undefined;
      const clear = custom.filter(
        (o) =>
          o.custom?.originProtocolPolicy === 'http-only' ||
          (o.custom?.originProtocolPolicy === 'match-viewer' && viewerPoliciesFor(c, o).includes('allow-all')),
      );
      if (clear.length === 0) return pass(d, `${name(d)} reaches its custom origins over HTTPS only.`);
      const why = clear.map(
        (o) => `${o.id} (${o.custom?.originProtocolPolicy === 'http-only' ? 'http-only' : 'match-viewer with allow-all viewers'})`,
      );
      return fail(d, `${name(d)} can send traffic unencrypted to custom origins: ${listOf(why)}.`);
    }),
});
