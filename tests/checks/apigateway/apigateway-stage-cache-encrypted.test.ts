import { describe, it, expect } from 'vitest';
import { apigatewayStageCacheEncrypted as check } from '../../../src/checks/apigateway/apigateway-stage-cache-encrypted.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { apigatewaySection, methodSetting, restApi, restStage } from '../../builders/apigateway.js';
import type { ApiGatewayStage } from '../../../src/model/apigateway.js';

const R = 'us-east-1';
const one = (o: Partial<ApiGatewayStage>) =>
  run(check, buildInventory({ apigateway: apigatewaySection([restApi('a', R, [restStage('a', 'prod', R, o)])]) }))[0];

describe('apigateway-stage-cache-encrypted', () => {
  it('passes a stage whose caching methods all encrypt', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('API Gateway REST API stage api-a/prod encrypts the cache data of every caching method.');
  });

  it('fails a stage whose default caches without encryption', () => {
    const r = one({ methodSettings: [methodSetting({ cacheDataEncrypted: false })] });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'API Gateway REST API stage api-a/prod caches responses without encryption at rest for the stage default (*/*).',
    );
  });

  it('fails a stage where one method override caches without encryption', () => {
    const r = one({
      methodSettings: [
        methodSetting({ cachingEnabled: false, cacheDataEncrypted: false }),
        methodSetting({ path: '~1pets/GET', cachingEnabled: true, cacheDataEncrypted: null }),
      ],
    });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('API Gateway REST API stage api-a/prod caches responses without encryption at rest for ~1pets/GET.');
  });

  it('is NOT_APPLICABLE for a stage where no method caches', () => {
    const r = one({ methodSettings: [methodSetting({ cachingEnabled: false, cacheDataEncrypted: false })] });
    expect(r?.status).toBe('NOT_APPLICABLE');
    expect(r?.reason).toBe('API Gateway REST API stage api-a/prod caches no method responses, so it has no cache data to encrypt.');
    expect(one({ methodSettings: [] })?.status).toBe('NOT_APPLICABLE');
  });

  it('is UNKNOWN when apigateway:GET on the stages is denied', () => {
    const inv = buildInventory({
      apigateway: apigatewaySection([restApi('a', R, [], { stages: denied('apigateway:GET', { region: R }) })]),
    });
    expect(run(check, inv)[0]?.reason).toContain('apigateway:GET');
  });
});
