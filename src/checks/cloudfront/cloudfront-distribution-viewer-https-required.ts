import { defineCheck, fail, pass } from '../define-check.js';
import { eachDistribution, listOf, name, UPDATE_DISTRIBUTION_CLI } from './distributions.js';

export const cloudfrontDistributionViewerHttpsRequired = defineCheck({
  id: 'cloudfront-distribution-viewer-https-required',
  title: 'CloudFront distributions require HTTPS from viewers',
  service: 'cloudfront',
  severity: 'medium',
  resourceType: 'AwsCloudFrontDistribution',
  frameworks: { fsbp: ['CloudFront.3'], checklist: ['4.13'] },
  rationale:
    'A cache behavior whose viewer protocol policy is allow-all serves content over plain HTTP, where it can be read or altered on the way. As Security Hub CloudFront.3, the default and every other cache behavior must be https-only or redirect-to-https.',
  remediation: {
    summary: 'Set ViewerProtocolPolicy to redirect-to-https (or https-only) on every cache behavior.',
    cli: UPDATE_DISTRIBUTION_CLI,
    console:
      'CloudFront console > Distributions > <distribution> > Behaviors > <behavior> > Edit > Viewer protocol policy: Redirect HTTP to HTTPS > Save changes.',
    docs: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html',
  },
  reads: ['cloudfront'],
  evaluate: (inv, ctx) =>
    eachDistribution(inv.cloudfront, ctx, (d, c) => {
      const open = c.cacheBehaviors.filter((b) => b.viewerProtocolPolicy === 'allow-all').map((b) => b.pathPattern ?? 'default');
      return open.length === 0
        ? pass(d, `${name(d)} requires HTTPS or redirects to it in every cache behavior.`)
        : fail(d, `${name(d)} allows HTTP from viewers (allow-all) in cache behaviors: ${listOf(open)}.`);
    }),
});
