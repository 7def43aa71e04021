import { defineCheck, fail, pass } from '../define-check.js';
import { eachDistribution, name, UPDATE_DISTRIBUTION_CLI } from './distributions.js';

export const cloudfrontDistributionWafEnabled = defineCheck({
  id: 'cloudfront-distribution-waf-enabled',
  title: 'CloudFront distributions are associated with an AWS WAF web ACL',
  service: 'cloudfront',
  severity: 'medium',
  resourceType: 'AwsCloudFrontDistribution',
  frameworks: { fsbp: ['CloudFront.6'], checklist: ['4.13', '4.14'] },
  rationale:
    'A web ACL filters requests at the edge before they reach the origin (common exploits, bad bots, rate limits). As Security Hub CloudFront.6, a distribution passes when it is associated with an AWS WAF Classic or AWS WAF web ACL.',
  remediation: {
    summary: 'Create a web ACL with CLOUDFRONT scope (in us-east-1) and associate it with the distribution (WebACLId).',
    cli: UPDATE_DISTRIBUTION_CLI,
    console:
      'CloudFront console > Distributions > <distribution> > Security > Edit > enable AWS WAF protections (or choose a web ACL) > Save changes.',
    docs: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-web-awswaf.html',
  },
  reads: ['cloudfront'],
  evaluate: (inv, ctx) =>
    eachDistribution(inv.cloudfront, ctx, (d, c) =>
      c.webAclId
        ? pass(d, `${name(d)} is associated with web ACL ${c.webAclId}.`)
        : fail(d, `${name(d)} is associated with no AWS WAF web ACL.`),
    ),
});
