import { describe, it, expect } from 'vitest';
import { apigatewayStageClientCertificateConfigured as check } from '../../../src/checks/apigateway/apigateway-stage-client-certificate-configured.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { apigatewaySection, restApi, restStage } from '../../builders/apigateway.js';
import type { ApiGatewayStage } from '../../../src/model/apigateway.js';

const R = 'us-east-1';
const one = (o: Partial<ApiGatewayStage>) =>
  run(check, buildInventory({ apigateway: apigatewaySection([restApi('a', R, [restStage('a', 'prod', R, o)])]) }))[0];

describe('apigateway-stage-client-certificate-configured', () => {
  it('passes a REST stage with a client certificate', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('API Gateway REST API stage api-a/prod presents client certificate cert1 to its backend.');
  });

  it('fails a REST stage without one', () => {
    const r = one({ clientCertificateId: null });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('API Gateway REST API stage api-a/prod has no client certificate for backend authentication.');
  });

  it('is UNKNOWN when apigateway:GET on the stages is denied', () => {
    const inv = buildInventory({
      apigateway: apigatewaySection([restApi('a', R, [], { stages: denied('apigateway:GET', { region: R }) })]),
    });
    expect(run(check, inv)[0]?.status).toBe('UNKNOWN');
    expect(run(check, inv)[0]?.reason).toContain('apigateway:GET');
  });
});
