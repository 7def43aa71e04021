import { defineCheck, fail, notApplicable, pass } from '../define-check.js';
import { listSome } from '../lib/policy/index.js';
import { eachRestStage, restStageName } from './walk.js';

export const apigatewayStageCacheEncrypted = defineCheck({
  id: 'apigateway-stage-cache-encrypted',
  title: 'API Gateway REST API stage caches are encrypted at rest',
  service: 'apigateway',
  severity: 'medium',
  resourceType: 'AwsApiGatewayStage',
  frameworks: { fsbp: ['APIGateway.5'] },
  rationale:
    'Cached responses can hold the same data the backend returns; encrypting the cache protects it at rest. As Security Hub APIGateway.5, a REST API stage fails when any method is configured to cache and its cache data is not encrypted; a stage where no method caches has nothing to encrypt and is not applicable.',
  remediation: {
    summary: 'Turn on cache data encryption for the stage (and for methods that override it).',
    cli: "aws apigateway update-stage --rest-api-id <api-id> --stage-name <stage> --patch-operations op=replace,path='/*/*/caching/dataEncrypted',value=true",
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html',
  },
  reads: ['apigateway'],
  evaluate: (inv, ctx) =>
    eachRestStage(ctx, inv.apigateway, (stage) => {
      const name = restStageName(stage);
      const stageDefault = stage.methodSettings.find((m) => m.path === '*/*');
      // Method entries inherit what they do not set from the stage default (`*/*`), whose own defaults are off.
      const effective = stage.methodSettings.map((m) => ({
        path: m.path,
        caching: m.cachingEnabled ?? stageDefault?.cachingEnabled ?? false,
        encrypted: m.cacheDataEncrypted ?? stageDefault?.cacheDataEncrypted ?? false,
      }));
      const caching = effective.filter((m) => m.caching);
      if (caching.length === 0) return notApplicable(stage, `${name} caches no method responses, so it has no cache data to encrypt.`);
      const plain = caching.filter((m) => !m.encrypted).map((m) => (m.path === '*/*' ? 'the stage default (*/*)' : m.path));
      return plain.length > 0
        ? fail(stage, `${name} caches responses without encryption at rest for ${listSome(plain)}.`)
        : pass(stage, `${name} encrypts the cache data of every caching method.`);
    }),
});
