import { describe, it, expect } from 'vitest';
import { lambdaFunctionEnvNoSecretNames as check } from '../../../src/checks/lambda/lambda-function-env-no-secret-names.js';
import { secretLookingNames } from '../../../src/checks/lambda/secret-names.js';
import { REGIONS, buildInventory, denied, run } from '../../builders/index.js';
import { lambdaFunction, lambdaSection } from '../../builders/lambda.js';
import type { LambdaFunction } from '../../../src/model/lambda.js';

const one = (overrides: Partial<LambdaFunction>) =>
  run(check, buildInventory({ lambda: lambdaSection([lambdaFunction('f', 'us-east-1', overrides)]) }))[0];

describe('lambda-function-env-no-secret-names', () => {
  it('passes variables with ordinary names, and no variables at all', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('Lambda function f has no environment variable named like a secret (2 checked).');
    expect(one({ environmentVariableNames: [] })?.reason).toBe('Lambda function f has no environment variables.');
  });

  it('fails names that look like secrets, naming them (the values are never stored)', () => {
    const r = one({ environmentVariableNames: ['DB_PASSWORD', 'LOG_LEVEL', 'stripeApiKey', 'GITHUB_TOKEN'] });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Lambda function f has environment variables named like secrets: DB_PASSWORD, GITHUB_TOKEN.');
  });

  it('does not flag references to a secret, or words that merely contain a secret word', () => {
    expect(secretLookingNames(['DB_PASSWORD_SECRET_ARN', 'API_KEY_PARAMETER', 'TOKEN_TTL', 'PASSPORT_SERVICE', 'COMPASS'])).toEqual([]);
    expect(secretLookingNames(['api-key', 'Client_Secret', 'PRIVATE_KEY', 'DB_PASS'])).toEqual([
      'api-key',
      'Client_Secret',
      'PRIVATE_KEY',
      'DB_PASS',
    ]);
  });

  it('is UNKNOWN when lambda:ListFunctions is denied', () => {
    const section = lambdaSection([]);
    for (const r of REGIONS) section.functions[r] = denied('lambda:ListFunctions', { region: r });
    const r = run(check, buildInventory({ lambda: section }))[0];
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('lambda:ListFunctions');
  });
});
