import { describe, it, expect } from 'vitest';
import { lambdaFunctionRuntimeNotNearDeprecation as check } from '../../../src/checks/lambda/lambda-function-runtime-not-near-deprecation.js';
import { REGIONS, buildInventory, denied, evalContext, run } from '../../builders/index.js';
import { lambdaFunction, lambdaSection } from '../../builders/lambda.js';
import type { LambdaFunction } from '../../../src/model/lambda.js';

const one = (overrides: Partial<LambdaFunction>, now?: Date) =>
  run(check, buildInventory({ lambda: lambdaSection([lambdaFunction('f', 'us-east-1', overrides)]) }), evalContext(now ? { now } : {}))[0];

describe('lambda-function-runtime-not-near-deprecation', () => {
  it('passes a runtime supported for 180 days or more', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('Lambda function f uses Node.js 22 (nodejs22.x), supported until 2027-04-30.');
  });

  it('fails a runtime deprecated within 180 days, OS-only runtimes included', () => {
    const r = one({ runtime: 'provided.al2' }, new Date('2026-03-02T00:00:00Z'));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'Lambda function f uses OS-only runtime (Amazon Linux 2) (provided.al2), deprecated on 2026-06-30, in 120 days.',
    );
  });

  it('fails a runtime already deprecated', () => {
    const r = one({ runtime: 'nodejs16.x' });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Lambda function f uses Node.js 16 (nodejs16.x), deprecated since 2024-06-12.');
  });

  it('is NOT_APPLICABLE for container images, and UNKNOWN (undecided) for an unknown runtime', () => {
    expect(one({ packageType: 'Image', runtime: null })?.status).toBe('NOT_APPLICABLE');
    expect(one({ runtime: 'nodejs99.x' })?.status).toBe('UNKNOWN');
    expect(one({ runtime: null })?.status).toBe('UNKNOWN');
  });

  it('is UNKNOWN when lambda:ListFunctions is denied', () => {
    const section = lambdaSection([]);
    for (const r of REGIONS) section.functions[r] = denied('lambda:ListFunctions', { region: r });
    const r = run(check, buildInventory({ lambda: section }))[0];
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('lambda:ListFunctions');
  });
});
