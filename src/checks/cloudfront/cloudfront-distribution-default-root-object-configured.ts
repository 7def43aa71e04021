import { defineCheck, fail, pass } from '../define-check.js';
import { eachDistribution, isS3Origin, name, UPDATE_DISTRIBUTION_CLI } from './distributions.js';

export const cloudfrontDistributionDefaultRootObjectConfigured = defineCheck({
  id: 'cloudfront-distribution-default-root-object-configured',
  title: 'CloudFront distributions with S3 origins have a default root object',
  service: 'cloudfront',
  severity: 'high',
  resourceType: 'AwsCloudFrontDistribution',
  frameworks: { fsbp: ['CloudFront.1'] },
  rationale:
    'A request for the root URL of a distribution without a default root object is passed to the origin as is; an S3 origin may then answer with a listing of the bucket. As Security Hub CloudFront.1, distributions with S3 origins are judged; distributions with only custom origins are out of scope.',
  remediation: {
    summary: 'Set DefaultRootObject (for example index.html) on the distribution.',
    cli: UPDATE_DISTRIBUTION_CLI,
    console: 'CloudFront console > Distributions > <distribution> > General > Edit > Default root object > Save changes.',
    docs: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DefaultRootObject.html',
  },
  reads: ['cloudfront'],
  evaluate: (inv, ctx) =>
    eachDistribution(inv.cloudfront, ctx, (d, c) => {
      if (!c.origins.some(isS3Origin)) return undefined;
      return c.defaultRootObject
        ? pass(d, `${name(d)} has default root object ${c.defaultRootObject}.`)
        : fail(d, `${name(d)} has S3 origins and no default root object.`);
    }),
});
