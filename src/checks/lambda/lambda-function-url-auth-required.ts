import { defineCheck, eachRegional, fail, notApplicable, pass, unknown } from '../define-check.js';

export const lambdaFunctionUrlAuthRequired = defineCheck({
  id: 'lambda-function-url-auth-required',
  title: 'Lambda function URLs require IAM authentication',
  service: 'lambda',
  severity: 'high',
  resourceType: 'AwsLambdaFunction',
  frameworks: { checklist: ['4.17'] },
  rationale:
    'A function URL with auth type NONE is a public HTTPS endpoint: Lambda does not authenticate callers, so anyone who finds the URL can invoke the function unless its own code checks them.',
  remediation: {
    summary:
      'Set the function URL auth type to AWS_IAM (callers sign requests), or delete the URL and front the function with an authenticated API; keep NONE only for endpoints meant to be public that authenticate in code.',
    console: 'Lambda console > Functions > the function > Configuration > Function URL > Edit: choose Auth type AWS_IAM.',
    docs: 'https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html',
  },
  reads: ['lambda'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.lambda.functions, 'lambda', (fn) => {
      if (!fn.url.ok) return unknown(fn, fn.url.error);
      if (fn.url.value === null) return notApplicable(fn, `Lambda function ${fn.name} has no function URL.`);
      return fn.url.value.authType === 'AWS_IAM'
        ? pass(fn, `Lambda function ${fn.name} has a function URL that requires IAM authentication.`)
        : fail(
            fn,
            `Lambda function ${fn.name} has a function URL with auth type ${fn.url.value.authType}, open to unauthenticated callers.`,
          );
    }),
});
