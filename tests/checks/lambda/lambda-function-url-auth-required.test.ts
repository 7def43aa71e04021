import { describe, it, expect } from 'vitest';
import { lambdaFunctionUrlAuthRequired as check } from '../../../src/checks/lambda/lambda-function-url-auth-required.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { lambdaFunction, lambdaSection } from '../../builders/lambda.js';
import type { LambdaFunction } from '../../../src/model/lambda.js';

const one = (overrides: Partial<LambdaFunction>) =>
  run(check, buildInventory({ lambda: lambdaSection([lambdaFunction('f', 'us-east-1', overrides)]) }))[0];

describe('lambda-function-url-auth-required', () => {
  it('passes an IAM-authenticated function URL', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('Lambda function f has a function URL that requires IAM authentication.');
  });

  it('fails a function URL with auth type NONE', () => {
    const r = one({ url: ok({ url: 'https://x.lambda-url.us-east-1.on.aws/', authType: 'NONE' }) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Lambda function f has a function URL with auth type NONE, open to unauthenticated callers.');
  });

  it('is NOT_APPLICABLE without a function URL', () => {
    expect(one({ url: ok(null) })?.status).toBe('NOT_APPLICABLE');
  });

  it('is UNKNOWN when lambda:GetFunctionUrlConfig is denied', () => {
    const r = one({ url: denied('lambda:GetFunctionUrlConfig') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('lambda:GetFunctionUrlConfig');
  });
});
