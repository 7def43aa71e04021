import { describe, it, expect } from 'vitest';
import { lambdaFunctionTagged as check } from '../../../src/checks/lambda/lambda-function-tagged.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { lambdaFunction, lambdaSection } from '../../builders/lambda.js';
import type { LambdaFunction } from '../../../src/model/lambda.js';

const one = (overrides: Partial<LambdaFunction>) =>
  run(check, buildInventory({ lambda: lambdaSection([lambdaFunction('f', 'us-east-1', overrides)]) }))[0];

describe('lambda-function-tagged', () => {
  it('passes a function with a user tag', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('Lambda function f is tagged with team.');
  });

  it('fails a function without tags', () => {
    const r = one({ tags: ok({}) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Lambda function f has no tags.');
  });

  it('fails a function with only aws: system tags', () => {
    const r = one({ tags: ok({ 'aws:cloudformation:stack-name': 'app' }) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Lambda function f has no tags other than 1 aws: system tag.');
  });

  it('is UNKNOWN when lambda:ListTags is denied', () => {
    const r = one({ tags: denied('lambda:ListTags') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('lambda:ListTags');
  });
});
