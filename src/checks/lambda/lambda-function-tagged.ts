import { defineCheck, eachRegional } from '../define-check.js';
import { taggedVerdict } from '../lib/tags.js';

export const lambdaFunctionTagged = defineCheck({
  id: 'lambda-function-tagged',
  title: 'Lambda functions are tagged',
  service: 'lambda',
  severity: 'low',
  resourceType: 'AwsLambdaFunction',
  frameworks: { fsbp: ['Lambda.6'] },
  rationale:
    'Tags identify who owns a function and what it is for; untagged functions are hard to attribute, review and clean up, and tag-based access control cannot cover them.',
  remediation: {
    summary: 'Tag the function with at least your ownership and purpose keys (aws: system tags do not count).',
    console: 'Lambda console > Functions > the function > Configuration > Tags > Manage tags.',
    docs: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-tags.html',
  },
  reads: ['lambda'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.lambda.functions, 'lambda', (fn) => taggedVerdict(fn, `Lambda function ${fn.name}`, fn.tags)),
});
