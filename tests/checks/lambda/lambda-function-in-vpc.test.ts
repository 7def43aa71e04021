import { describe, it, expect } from 'vitest';
import { lambdaFunctionInVpc as check } from '../../../src/checks/lambda/lambda-function-in-vpc.js';
import { REGIONS, buildInventory, denied, run } from '../../builders/index.js';
import { lambdaFunction, lambdaSection } from '../../builders/lambda.js';
import type { LambdaFunction } from '../../../src/model/lambda.js';

const one = (overrides: Partial<LambdaFunction>) =>
  run(check, buildInventory({ lambda: lambdaSection([lambdaFunction('f', 'us-east-1', overrides)]) }))[0];

describe('lambda-function-in-vpc', () => {
  it('passes a function attached to a VPC', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('Lambda function f is connected to vpc-us-east-1 through 2 subnet(s).');
  });

  it('fails a function outside any VPC', () => {
    const r = one({ vpc: null });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Lambda function f is not connected to a VPC.');
  });

  it('is UNKNOWN when lambda:ListFunctions is denied', () => {
    const section = lambdaSection([]);
    for (const r of REGIONS) section.functions[r] = denied('lambda:ListFunctions', { region: r });
    const r = run(check, buildInventory({ lambda: section }))[0];
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('lambda:ListFunctions');
  });
});
