import { defineCheck, eachRegional, fail, pass } from '../define-check.js';

export const lambdaFunctionXrayTracingEnabled = defineCheck({
  id: 'lambda-function-xray-tracing-enabled',
  title: 'Lambda functions have AWS X-Ray active tracing enabled',
  service: 'lambda',
  severity: 'low',
  resourceType: 'AwsLambdaFunction',
  frameworks: { fsbp: ['Lambda.7'] },
  rationale:
    'Active tracing records every invocation and its downstream calls, which is what an investigation needs to see what a function did and whom it called.',
  remediation: {
    summary: 'Turn on active tracing (TracingConfig Mode Active); the execution role needs the X-Ray write permissions.',
    console:
      'Lambda console > Functions > the function > Configuration > Monitoring and operations tools > Edit: enable AWS X-Ray active tracing.',
    docs: 'https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html',
  },
  reads: ['lambda'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.lambda.functions, 'lambda', (fn) =>
      fn.tracingMode === 'Active'
        ? pass(fn, `Lambda function ${fn.name} has X-Ray active tracing enabled.`)
        : fail(fn, `Lambda function ${fn.name} has X-Ray tracing mode ${fn.tracingMode ?? 'unset'}, not Active.`),
    ),
});
