import { defineCheck, eachRegional, fail, notApplicable, pass, undecided } from '../define-check.js';
import { isDeprecated, lambdaRuntime } from './runtimes.js';

/** How far ahead a coming deprecation is reported: enough to test and migrate a function. */
const NOTICE_DAYS = 180;
const DAY = 86_400_000;

export const lambdaFunctionRuntimeNotNearDeprecation = defineCheck({
  id: 'lambda-function-runtime-not-near-deprecation',
  title: 'Lambda functions use runtimes that stay supported for at least 180 days',
  service: 'lambda',
  severity: 'low',
  resourceType: 'AwsLambdaFunction',
  frameworks: { checklist: ['6.4'] },
  rationale:
    'Stricter than Lambda.2: it also covers OS-only runtimes (provided.al2 ends with Amazon Linux 2) and reports a runtime whose deprecation date is less than 180 days away, while there is still time to test the function on a newer one.',
  remediation: {
    summary: 'Plan the move to the newest runtime of the language (or provided.al2023 for OS-only functions) before the deprecation date.',
    console:
      'Lambda console > Functions > the function > Code > Runtime settings > Edit: choose the newer runtime, after testing the function on it.',
    docs: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html',
  },
  reads: ['lambda'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.lambda.functions, 'lambda', (fn) => {
      if (fn.packageType === 'Image')
        return notApplicable(fn, `Lambda function ${fn.name} is a container image, which has no managed runtime.`);
      if (fn.runtime === null)
        return undecided(fn, `Lambda function ${fn.name} reports no runtime, so its support status cannot be decided.`);
      const rt = lambdaRuntime(fn.runtime);
      if (!rt) return undecided(fn, `Lambda function ${fn.name} uses runtime ${fn.runtime}, which the runtime table does not know yet.`);
      if (isDeprecated(rt, ctx.now))
        return fail(fn, `Lambda function ${fn.name} uses ${rt.name} (${rt.id}), deprecated since ${rt.deprecation}.`);
      const days = Math.floor((Date.parse(`${rt.deprecation}T00:00:00Z`) - ctx.now.getTime()) / DAY);
      return days < NOTICE_DAYS
        ? fail(fn, `Lambda function ${fn.name} uses ${rt.name} (${rt.id}), deprecated on ${rt.deprecation}, in ${days} days.`)
        : pass(fn, `Lambda function ${fn.name} uses ${rt.name} (${rt.id}), supported until ${rt.deprecation}.`);
    }),
});
