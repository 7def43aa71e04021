import { defineCheck, fail, pass } from '../define-check.js';
import { eachDistribution, listOf, name, UPDATE_DISTRIBUTION_CLI } from './distributions.js';

export const cloudfrontDistributionTrustedKeyGroups = defineCheck({
  id: 'cloudfront-distribution-trusted-key-groups',
  title: 'CloudFront distributions use trusted key groups for signed URLs and cookies',
  service: 'cloudfront',
  severity: 'medium',
  resourceType: 'AwsCloudFrontDistribution',
  frameworks: { fsbp: ['CloudFront.17'] },
  rationale:
    "Trusted key groups are managed with IAM and the CloudFront API; trusted signers rely on CloudFront key pairs that only the account's root user can manage. As Security Hub CloudFront.17 (AWS Config cloudfront-distribution-key-group-enabled), every cache behavior must use trusted key groups: a behavior with trusted signers fails, and so does a behavior with no signed URL or cookie authentication at all, which is how AWS documents the rule (public distributions therefore fail this control).",
  remediation: {
    summary:
      'Create a public key and key group in CloudFront and set it as the trusted key group of each cache behavior; remove trusted signers.',
    cli: UPDATE_DISTRIBUTION_CLI,
    console:
      'CloudFront console > Distributions > <distribution> > Behaviors > <behavior> > Edit > Restrict viewer access: Yes, Trusted key groups > Save changes.',
    docs: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-trusted-signers.html',
  },
  reads: ['cloudfront'],
  evaluate: (inv, ctx) =>
    eachDistribution(inv.cloudfront, ctx, (d, c) => {
      const label = (p: string | null) => p ?? 'default';
      const signers = c.cacheBehaviors.filter((b) => b.trustedSigners).map((b) => label(b.pathPattern));
      if (signers.length > 0)
        return fail(d, `${name(d)} uses trusted signers (CloudFront key pairs) in cache behaviors: ${listOf(signers)}.`);
      const none = c.cacheBehaviors.filter((b) => !b.trustedKeyGroups).map((b) => label(b.pathPattern));
      return none.length === 0
        ? pass(d, `${name(d)} uses trusted key groups in every cache behavior.`)
        : fail(d, `${name(d)} has cache behaviors without trusted key groups (no signed URL or cookie authentication): ${listOf(none)}.`);
    }),
});
