import { describe, it, expect } from 'vitest';
import { apigatewayRouteAuthorizationTypeConfigured as check } from '../../../src/checks/apigateway/apigateway-route-authorization-type-configured.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { apigatewaySection, v2Api, v2Route } from '../../builders/apigateway.js';

const R = 'us-east-1';
const http = { apiId: 'h', region: R };
const ws = { apiId: 'w', region: R, protocolType: 'WEBSOCKET' };

describe('apigateway-route-authorization-type-configured', () => {
  it('passes routes with an authorization type', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    const inv = buildInventory({
      apigateway: apigatewaySection([], [v2Api(http, { routes: [v2Route(http, 'r', 'GET /x', { authorizationType: 'JWT' })] })]),
    });
    expect(run(check, inv)[0]?.reason).toBe('API Gateway HTTP API v2-h route GET /x uses authorization type JWT.');
  });

  it('fails an HTTP route and a WebSocket $connect route with NONE', () => {
    const inv = buildInventory({
      apigateway: apigatewaySection(
        [],
        [
          v2Api(http, { routes: [v2Route(http, 'r', 'GET /x', { authorizationType: 'NONE' })] }),
          v2Api(ws, { routes: [v2Route(ws, 'c', '$connect', { authorizationType: 'NONE' })] }),
        ],
      ),
    });
    const reasons = run(check, inv).map((r) => `${r.status} ${r.reason}`);
    expect(reasons).toEqual([
      'FAIL API Gateway HTTP API v2-h route GET /x has authorization type NONE.',
      'FAIL API Gateway WebSocket API v2-w route $connect has authorization type NONE.',
    ]);
  });

  it('is NOT_APPLICABLE for WebSocket routes other than $connect', () => {
    const inv = buildInventory({
      apigateway: apigatewaySection([], [v2Api(ws, { routes: [v2Route(ws, 's', 'sendmessage', { authorizationType: 'NONE' })] })]),
    });
    const [r] = run(check, inv);
    expect(r?.status).toBe('NOT_APPLICABLE');
    expect(r?.reason).toBe(
      'API Gateway WebSocket API v2-w route sendmessage cannot have an authorizer: WebSocket APIs authorize connections on $connect.',
    );
  });

  it('is UNKNOWN when the routes cannot be read', () => {
    const inv = buildInventory({
      apigateway: apigatewaySection([], [v2Api(http, {}, { routes: denied('apigateway:GET', { region: R }) })]),
    });
    const [r] = run(check, inv);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('apigateway:GET');
  });
});
