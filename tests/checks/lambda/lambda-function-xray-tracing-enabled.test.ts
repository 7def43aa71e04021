import { describe, it, expect } from 'vitest';
import { lambdaFunctionXrayTracingEnabled as check } from '../../../src/checks/lambda/lambda-function-xray-tracing-enabled.js';
import { REGIONS, buildInventory, denied, run } from '../../builders/index.js';
import { lambdaFunction, lambdaSection } from '../../builders/lambda.js';
import type { LambdaFunction } from '../../../src/model/lambda.js';

const one = (overrides: Partial<LambdaFunction>) =>
  run(check, buildInventory({ lambda: lambdaSection([lambdaFunction('f', 'us-east-1', overrides)]) }))[0];

describe('lambda-function-xray-tracing-enabled', () => {
  it('passes active tracing', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('Lambda function f has X-Ray active tracing enabled.');
  });

  it('fails PassThrough tracing', () => {
    const r = one({ tracingMode: 'PassThrough' });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Lambda function f has X-Ray tracing mode PassThrough, not Active.');
  });

  it('fails when no tracing mode is reported', () => {
    expect(one({ tracingMode: null })?.reason).toBe('Lambda function f has X-Ray tracing mode unset, not Active.');
  });

  it('is UNKNOWN when lambda:ListFunctions is denied', () => {
    const section = lambdaSection([]);
    for (const r of REGIONS) section.functions[r] = denied('lambda:ListFunctions', { region: r });
    const r = run(check, buildInventory({ lambda: section }))[0];
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('lambda:ListFunctions');
  });
});
