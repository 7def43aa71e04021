import { describe, it, expect } from 'vitest';
import { lambdaFunctionSupportedRuntime as check } from '../../../src/checks/lambda/lambda-function-supported-runtime.js';
import { LAMBDA_RUNTIMES } from '../../../src/checks/lambda/runtimes.js';
import { REGIONS, buildInventory, denied, evalContext, run } from '../../builders/index.js';
import { lambdaFunction, lambdaSection } from '../../builders/lambda.js';
import type { LambdaFunction } from '../../../src/model/lambda.js';

const one = (overrides: Partial<LambdaFunction>, now?: Date) =>
  run(check, buildInventory({ lambda: lambdaSection([lambdaFunction('f', 'us-east-1', overrides)]) }), evalContext(now ? { now } : {}))[0];

describe('lambda-function-supported-runtime', () => {
  it('passes a runtime before its deprecation date', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('Lambda function f uses Node.js 22 (nodejs22.x), supported until 2027-04-30.');
  });

  it('fails a deprecated runtime, judged at the evaluation time', () => {
    const r = one({ runtime: 'python3.8' });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Lambda function f uses Python 3.8 (python3.8), deprecated since 2024-10-14.');
    expect(one({}, new Date('2027-05-01T00:00:00Z'))?.status).toBe('FAIL');
  });

  it('is NOT_APPLICABLE for container images and OS-only runtimes, which Lambda.2 ignores', () => {
    expect(one({ packageType: 'Image', runtime: null })?.status).toBe('NOT_APPLICABLE');
    expect(one({ runtime: 'provided.al2023' })?.status).toBe('NOT_APPLICABLE');
  });

  it('is UNKNOWN (undecided) for a runtime the table does not know, or none at all', () => {
    const r = one({ runtime: 'nodejs99.x' });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe('Lambda function f uses runtime nodejs99.x, which the runtime table does not know yet.');
    expect(one({ runtime: null })?.status).toBe('UNKNOWN');
  });

  it('is UNKNOWN when lambda:ListFunctions is denied', () => {
    const section = lambdaSection([]);
    for (const r of REGIONS) section.functions[r] = denied('lambda:ListFunctions', { region: r });
    const results = run(check, buildInventory({ lambda: section }));
    expect(results.map((r) => r.status)).toEqual(['UNKNOWN', 'UNKNOWN']);
    expect(results[0]?.reason).toContain('lambda:ListFunctions');
  });

  it('keeps a well-formed table: unique identifiers and ISO dates', () => {
    expect(new Set(LAMBDA_RUNTIMES.map((r) => r.id)).size).toBe(LAMBDA_RUNTIMES.length);
    for (const r of LAMBDA_RUNTIMES) expect(Number.isNaN(Date.parse(`${r.deprecation}T00:00:00Z`))).toBe(false);
  });
});
