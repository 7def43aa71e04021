import { accountRef, defineCheck, eachResource, missingData } from '../define-check.js';
import { judgeTagged } from '../lib/tags.js';

export const cloudfrontDistributionTagged = defineCheck({
  id: 'cloudfront-distribution-tagged',
  title: 'CloudFront distributions are tagged',
  service: 'cloudfront',
  severity: 'low',
  resourceType: 'AwsCloudFrontDistribution',
  frameworks: { fsbp: ['CloudFront.14'] },
  rationale:
    'Tags say who owns a distribution and which site it serves, which incident response, cost allocation and tag-based access control depend on. As Security Hub CloudFront.14 with its default parameters, a distribution passes with any tag key that is not a system tag (aws:...).',
  remediation: {
    summary: 'Tag the distribution, at least with its owner (aws: system tags do not count).',
    cli: "aws cloudfront tag-resource --resource <distribution-arn> --tags 'Items=[{Key=owner,Value=<team>}]'",
    console: 'CloudFront console > Distributions > <distribution> > Tags > Manage tags.',
    docs: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/tagging.html',
  },
  reads: ['cloudfront'],
  evaluate: (inv, ctx) =>
    eachResource(inv.cloudfront.distributions, accountRef(ctx, 'global', 'cloudfront'), (d) =>
      judgeTagged(
        d,
        `CloudFront distribution ${d.id}`,
        d.tagKeys ?? {
          ok: false,
          error: missingData('cloudfront:ListTagsForResource', d.arn, 'the inventory predates reading distribution tags'),
        },
      ),
    ),
});
