import { defineCheck, fail, pass } from '../define-check.js';
import { eachDistribution, isLambdaUrlOrigin, listOf, name, UPDATE_DISTRIBUTION_CLI } from './distributions.js';

export const cloudfrontDistributionLambdaUrlOriginAccessControl = defineCheck({
  id: 'cloudfront-distribution-lambda-url-origin-access-control',
  title: 'CloudFront distributions use origin access control for Lambda function URL origins',
  service: 'cloudfront',
  severity: 'medium',
  resourceType: 'AwsCloudFrontDistribution',
  frameworks: { fsbp: ['CloudFront.16'] },
  rationale:
    'With origin access control, CloudFront signs its requests to the function URL, so the URL can require AWS_IAM auth and refuse anyone calling it directly around the distribution (and its WAF). As Security Hub CloudFront.16, a distribution fails when a Lambda function URL origin has no OAC; distributions without such origins are out of scope.',
  remediation: {
    summary:
      'Create an origin access control of type lambda, set it on the function URL origin, set the URL auth type to AWS_IAM and allow cloudfront.amazonaws.com to invoke it.',
    cli: UPDATE_DISTRIBUTION_CLI,
    console:
      'CloudFront console > Distributions > <distribution> > Origins > <function URL origin> > Edit > Origin access control > Save changes.',
    docs: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-lambda.html',
  },
  reads: ['cloudfront'],
  evaluate: (inv, ctx) =>
    eachDistribution(inv.cloudfront, ctx, (d, c) => {
      const lambda = c.origins.filter(isLambdaUrlOrigin);
      if (lambda.length === 0) return undefined;
      const without = lambda.filter((o) => o.originAccessControlId === null).map((o) => o.id);
      return without.length === 0
        ? pass(d, `${name(d)} uses origin access control on every Lambda function URL origin.`)
        : fail(d, `${name(d)} has Lambda function URL origins without origin access control: ${listOf(without)}.`);
    }),
});
