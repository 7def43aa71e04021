import { describe, it, expect } from 'vitest';
import { apigatewayV2StageAccessLoggingEnabled as check } from '../../../src/checks/apigateway/apigateway-v2-stage-access-logging-enabled.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { apigatewaySection, v2Api, v2Stage } from '../../builders/apigateway.js';

const R = 'us-east-1';
const http = { apiId: 'h', region: R };

describe('apigateway-v2-stage-access-logging-enabled', () => {
  it('passes HTTP and WebSocket stages with access logs', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    const inv = buildInventory({ apigateway: apigatewaySection([], [v2Api(http)]) });
    expect(run(check, inv)[0]?.reason).toBe(
      'API Gateway HTTP API stage v2-h/prod sends access logs to arn:aws:logs:us-east-1:111122223333:log-group:api-access.',
    );
  });

  it('fails a stage without access logging', () => {
    const inv = buildInventory({
      apigateway: apigatewaySection([], [v2Api(http, { stages: [v2Stage(http, 'dev', { accessLogDestinationArn: null })] })]),
    });
    const [r] = run(check, inv);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('API Gateway HTTP API stage v2-h/dev has no access logging configured.');
  });

  it('is UNKNOWN when the stages cannot be read', () => {
    const inv = buildInventory({
      apigateway: apigatewaySection([], [v2Api(http, {}, { stages: denied('apigateway:GET', { region: R }) })]),
    });
    expect(run(check, inv)[0]?.status).toBe('UNKNOWN');
    expect(run(check, inv)[0]?.reason).toContain('apigateway:GET');
  });
});
