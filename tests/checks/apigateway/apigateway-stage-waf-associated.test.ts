import { describe, it, expect } from 'vitest';
import { apigatewayStageWafAssociated as check } from '../../../src/checks/apigateway/apigateway-stage-waf-associated.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { apigatewaySection, restApi, restStage } from '../../builders/apigateway.js';
import type { ApiGatewayStage } from '../../../src/model/apigateway.js';

const R = 'us-east-1';
const one = (o: Partial<ApiGatewayStage>) =>
  run(check, buildInventory({ apigateway: apigatewaySection([restApi('a', R, [restStage('a', 'prod', R, o)])]) }))[0];

describe('apigateway-stage-waf-associated', () => {
  it('passes a REST stage with a web ACL', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe(
      'API Gateway REST API stage api-a/prod is associated with web ACL arn:aws:wafv2:us-east-1:111122223333:regional/webacl/api/1.',
    );
  });

  it('fails a REST stage without one', () => {
    const r = one({ webAclArn: null });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('API Gateway REST API stage api-a/prod is not associated with an AWS WAF web ACL.');
  });

  it('is UNKNOWN when apigateway:GET on the stages is denied', () => {
    const inv = buildInventory({
      apigateway: apigatewaySection([restApi('a', R, [], { stages: denied('apigateway:GET', { region: R }) })]),
    });
    expect(run(check, inv)[0]?.status).toBe('UNKNOWN');
  });
});
