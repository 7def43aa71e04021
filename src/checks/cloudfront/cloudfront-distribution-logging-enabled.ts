import { defineCheck, fail, pass } from '../define-check.js';
import { eachDistribution, name, UPDATE_DISTRIBUTION_CLI } from './distributions.js';

export const cloudfrontDistributionLoggingEnabled = defineCheck({
  id: 'cloudfront-distribution-logging-enabled',
  title: 'CloudFront distributions have access logging enabled',
  service: 'cloudfront',
  severity: 'medium',
  resourceType: 'AwsCloudFrontDistribution',
  frameworks: { fsbp: ['CloudFront.5'], checklist: ['4.13'] },
  rationale:
    "Access logs record every viewer request CloudFront served, which investigations of abuse and data exposure rely on. As Security Hub CloudFront.5 (AWS Config cloudfront-accesslogs-enabled), the distribution's standard logging (Logging.Enabled in its configuration) is judged; logs delivered through CloudWatch Logs vended delivery are not part of the distribution configuration and are not seen.",
  remediation: {
    summary: 'Turn on standard logging to an S3 bucket (Logging.Enabled with a bucket and prefix).',
    cli: UPDATE_DISTRIBUTION_CLI,
    console:
      'CloudFront console > Distributions > <distribution> > Logging > Add (or General > Edit > Standard logging: On) > Save changes.',
    docs: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/AccessLogs.html',
  },
  reads: ['cloudfront'],
  evaluate: (inv, ctx) =>
    eachDistribution(inv.cloudfront, ctx, (d, c) =>
      c.loggingEnabled
        ? pass(d, `${name(d)} has standard access logging enabled.`)
        : fail(d, `${name(d)} has standard access logging disabled.`),
    ),
});
