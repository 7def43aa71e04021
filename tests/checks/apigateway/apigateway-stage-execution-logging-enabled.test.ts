import { describe, it, expect } from 'vitest';
import { apigatewayStageExecutionLoggingEnabled as check } from '../../../src/checks/apigateway/apigateway-stage-execution-logging-enabled.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { apigatewaySection, methodSetting, restApi, restStage, v2Api, v2Stage } from '../../builders/apigateway.js';
import type { ApiGatewayStage, ApiGatewayV2Stage } from '../../../src/model/apigateway.js';

const R = 'us-east-1';
const rest = (o: Partial<ApiGatewayStage>) =>
  run(check, buildInventory({ apigateway: apigatewaySection([restApi('a', R, [restStage('a', 'prod', R, o)])]) }))[0];
const ws = { apiId: 'w', region: R, protocolType: 'WEBSOCKET' };
const webSocket = (o: Partial<ApiGatewayV2Stage>) =>
  run(check, buildInventory({ apigateway: apigatewaySection([], [v2Api(ws, { stages: [v2Stage(ws, 'prod', o)] })]) }))[0];

describe('apigateway-stage-execution-logging-enabled', () => {
  it('passes REST stages and WebSocket stages that log at ERROR or INFO, and does not judge HTTP API stages', () => {
    // compliant builders: one REST stage per region, one HTTP and one WebSocket API in eu-west-1
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS', 'PASS']);
    expect(rest({})?.reason).toBe('API Gateway REST API stage api-a/prod has execution logging at ERROR for all methods.');
    expect(webSocket({ defaultLoggingLevel: 'INFO' })?.reason).toBe(
      'API Gateway WebSocket API stage v2-w/prod has execution logging at INFO for all routes.',
    );
  });

  it('fails a REST stage without method settings (logging defaults to OFF)', () => {
    const r = rest({ methodSettings: [] });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('API Gateway REST API stage api-a/prod has execution logging off (stage default level OFF).');
  });

  it('fails a REST stage whose method override turns logging off', () => {
    const r = rest({ methodSettings: [methodSetting(), methodSetting({ path: '~1pets/GET', loggingLevel: 'OFF' })] });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('API Gateway REST API stage api-a/prod logs at ERROR by default but not for method ~1pets/GET.');
    expect(rest({ methodSettings: [methodSetting(), methodSetting({ path: '~1pets/GET', loggingLevel: null })] })?.status).toBe('PASS');
  });

  it('fails WebSocket stages with logging off by default or on one route', () => {
    expect(webSocket({ defaultLoggingLevel: null })?.reason).toBe(
      'API Gateway WebSocket API stage v2-w/prod has execution logging off (default route level OFF).',
    );
    const r = webSocket({ routeLoggingLevels: [{ routeKey: 'sendmessage', loggingLevel: 'OFF' }] });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('API Gateway WebSocket API stage v2-w/prod logs at ERROR by default but not for route sendmessage.');
  });

  it('is UNKNOWN for the API when its stages cannot be read, and for the region when the API list cannot', () => {
    const inv = buildInventory({
      apigateway: apigatewaySection([restApi('a', R, [], { stages: denied('apigateway:GET', { region: R }) })]),
    });
    const [r] = run(check, inv);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('apigateway:GET');
    const listDenied = buildInventory({
      apigateway: { restApis: { [R]: denied('apigateway:GET', { region: R }) }, v2Apis: { [R]: ok([]) } },
    });
    expect(run(check, listDenied).map((x) => x.status)).toEqual(['UNKNOWN']);
  });
});
