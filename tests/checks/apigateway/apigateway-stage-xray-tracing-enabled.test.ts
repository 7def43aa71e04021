import { describe, it, expect } from 'vitest';
import { apigatewayStageXrayTracingEnabled as check } from '../../../src/checks/apigateway/apigateway-stage-xray-tracing-enabled.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { apigatewaySection, restApi, restStage } from '../../builders/apigateway.js';
import type { ApiGatewayStage } from '../../../src/model/apigateway.js';

const R = 'us-east-1';
const one = (o: Partial<ApiGatewayStage>) =>
  run(check, buildInventory({ apigateway: apigatewaySection([restApi('a', R, [restStage('a', 'prod', R, o)])]) }))[0];

describe('apigateway-stage-xray-tracing-enabled', () => {
  it('passes a REST stage with tracing', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('API Gateway REST API stage api-a/prod has X-Ray tracing enabled.');
  });

  it('fails a REST stage without tracing', () => {
    const r = one({ tracingEnabled: false });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('API Gateway REST API stage api-a/prod has X-Ray tracing disabled.');
  });

  it('is UNKNOWN when apigateway:GET on the stages is denied', () => {
    const inv = buildInventory({
      apigateway: apigatewaySection([restApi('a', R, [], { stages: denied('apigateway:GET', { region: R }) })]),
    });
    expect(run(check, inv)[0]?.reason).toContain('apigateway:GET');
  });
});
