import { describe, it, expect } from 'vitest';
import { apigatewayPrivateApiPolicyRestrictsCallers as check } from '../../../src/checks/apigateway/apigateway-private-api-policy-restricts-callers.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { apigatewaySection, pinnedPrivateApiPolicy, restApi } from '../../builders/apigateway.js';
import type { ApiGatewayRestApi } from '../../../src/model/apigateway.js';

const R = 'us-east-1';
const one = (o: Partial<ApiGatewayRestApi>) => run(check, buildInventory({ apigateway: apigatewaySection([restApi('a', R, [], o)]) }))[0];
const open = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*' }],
};

describe('apigateway-private-api-policy-restricts-callers', () => {
  it('passes a private API whose policy pins the caller to a VPC endpoint', () => {
    const r = one({ endpointTypes: ['PRIVATE'], policy: pinnedPrivateApiPolicy() });
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toMatch(/^Private API Gateway REST API api-a \(a\) resource policy allows no public access/);
  });

  it('fails a private API whose policy allows everyone without a pinning condition', () => {
    const r = one({ endpointTypes: ['PRIVATE'], policy: open });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('allows execute-api:Invoke to everyone');
    expect(r?.reason).toContain('any VPC endpoint in any account can invoke it');
  });

  it('fails when the only condition does not pin the caller (aws:SecureTransport)', () => {
    const policy = { ...open, Statement: [{ ...open.Statement[0], Condition: { Bool: { 'aws:SecureTransport': 'true' } } }] };
    expect(one({ endpointTypes: ['PRIVATE'], policy })?.status).toBe('FAIL');
  });

  it('passes a private API without a policy (nothing can invoke it)', () => {
    expect(one({ endpointTypes: ['PRIVATE'], policy: null })?.status).toBe('PASS');
  });

  it('is NOT_APPLICABLE for regional and edge APIs', () => {
    const r = one({ endpointTypes: ['REGIONAL'], policy: open });
    expect(r?.status).toBe('NOT_APPLICABLE');
    expect(r?.reason).toContain('is REGIONAL');
  });

  it('is UNKNOWN for a policy that is not a policy document, and for inventories that predate the field', () => {
    expect(one({ endpointTypes: ['PRIVATE'], policy: '{not json' })?.status).toBe('UNKNOWN');
    const old = one({ endpointTypes: undefined, policy: undefined });
    expect(old?.status).toBe('UNKNOWN');
    expect(old?.reason).toContain('apigateway:GET');
  });

  it('is UNKNOWN for a region whose REST API list was denied', () => {
    const inv = buildInventory({ apigateway: { ...apigatewaySection([]), restApis: { [R]: denied('apigateway:GET', { region: R }) } } });
    const r = run(check, inv).find((x) => x.region === R);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('apigateway:GET');
  });
});
