import { describe, it, expect } from 'vitest';
import { apigatewayV2PrivateIntegrationHttps as check } from '../../../src/checks/apigateway/apigateway-v2-private-integration-https.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { apigatewaySection, v2Api, v2Integration } from '../../builders/apigateway.js';
import type { ApiGatewayV2Integration } from '../../../src/model/apigateway.js';

const R = 'us-east-1';
const http = { apiId: 'h', region: R };
const one = (o: Partial<ApiGatewayV2Integration>) =>
  run(check, buildInventory({ apigateway: apigatewaySection([], [v2Api(http, { integrations: [v2Integration(http, 'i', o)] })]) }));

describe('apigateway-v2-private-integration-https', () => {
  it('passes private integrations with a TLS configuration', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS']);
    expect(one({})[0]?.reason).toBe(
      'API Gateway HTTP API v2-h private integration i uses HTTPS and verifies server name backend.example.com.',
    );
    expect(one({ tlsServerNameToVerify: '' })[0]?.reason).toBe('API Gateway HTTP API v2-h private integration i uses HTTPS.');
  });

  it('fails a private integration without TLS', () => {
    const [r] = one({ tlsServerNameToVerify: null });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'API Gateway HTTP API v2-h private integration i has no TLS configuration, so traffic to the backend is not HTTPS.',
    );
  });

  it('does not judge public (INTERNET) integrations', () => {
    expect(one({ connectionType: 'INTERNET', tlsServerNameToVerify: null })).toEqual([]);
  });

  it('is UNKNOWN when the integrations cannot be read', () => {
    const inv = buildInventory({
      apigateway: apigatewaySection([], [v2Api(http, {}, { integrations: denied('apigateway:GET', { region: R }) })]),
    });
    expect(run(check, inv)[0]?.status).toBe('UNKNOWN');
    expect(run(check, inv)[0]?.reason).toContain('apigateway:GET');
  });
});
