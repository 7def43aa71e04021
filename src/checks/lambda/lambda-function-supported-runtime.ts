import { defineCheck, eachRegional, fail, notApplicable, pass, undecided } from '../define-check.js';
import { isDeprecated, lambdaRuntime } from './runtimes.js';

export const lambdaFunctionSupportedRuntime = defineCheck({
  id: 'lambda-function-supported-runtime',
  title: 'Lambda functions use supported runtimes',
  service: 'lambda',
  severity: 'medium',
  resourceType: 'AwsLambdaFunction',
  frameworks: { fsbp: ['Lambda.2'], checklist: ['6.4'] },
  rationale:
    'Lambda stops applying security patches to a runtime once it is deprecated, so a function on a deprecated runtime keeps running on a language version and libraries with known, unfixed vulnerabilities.',
  remediation: {
    summary:
      'Move the function to a supported runtime of its language (for example nodejs22.x or python3.13) after testing it there; Security Hub ignores container images and OS-only runtimes, and so does this check.',
    console: 'Lambda console > Functions > the function > Code > Runtime settings > Edit: choose a supported runtime.',
    docs: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html',
  },
  reads: ['lambda'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.lambda.functions, 'lambda', (fn) => {
      // Lambda.2's rule (lambda-function-settings-check) ignores container images and OS-only runtimes.
      if (fn.packageType === 'Image')
        return notApplicable(fn, `Lambda function ${fn.name} is a container image, which has no managed runtime.`);
      if (fn.runtime === null)
        return undecided(fn, `Lambda function ${fn.name} reports no runtime, so its support status cannot be decided.`);
      const rt = lambdaRuntime(fn.runtime);
      if (!rt) return undecided(fn, `Lambda function ${fn.name} uses runtime ${fn.runtime}, which the runtime table does not know yet.`);
      if (rt.osOnly)
        return notApplicable(fn, `Lambda function ${fn.name} uses the OS-only runtime ${fn.runtime}, which Lambda.2 does not evaluate.`);
      return isDeprecated(rt, ctx.now)
        ? fail(fn, `Lambda function ${fn.name} uses ${rt.name} (${rt.id}), deprecated since ${rt.deprecation}.`)
        : pass(fn, `Lambda function ${fn.name} uses ${rt.name} (${rt.id}), supported until ${rt.deprecation}.`);
    }),
});
