import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import {
  APIGatewayClient,
  CreateDeploymentCommand,
  CreateRestApiCommand,
  CreateStageCommand,
  GetRestApisCommand,
  GetResourcesCommand,
  GetStagesCommand as GetRestStagesCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  UpdateStageCommand,
} from '@aws-sdk/client-api-gateway';
import {
  ApiGatewayV2Client,
  CreateApiCommand,
  CreateIntegrationCommand,
  CreateRouteCommand,
  CreateStageCommand as CreateV2StageCommand,
} from '@aws-sdk/client-apigatewayv2';
import { collectApigateway, restApiPolicy } from '../../src/collect/apigateway.js';
import { startMoto, seedConfig, MOTO_ACCOUNT_ID, type Moto } from '../moto.js';
import { motoContext, restrictedCredentials } from '../collect-context.js';

let moto: Moto;
let restId = '';
let httpId = '';
let wsId = '';
const R = 'us-east-1';
const logGroup = `arn:aws:logs:${R}:${MOTO_ACCOUNT_ID}:log-group:api-access`;

beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
  const rest = new APIGatewayClient(seedConfig(moto, R));
  const v2 = new ApiGatewayV2Client(seedConfig(moto, R));
  try {
    restId = (await rest.send(new CreateRestApiCommand({ name: 'orders' }))).id ?? '';
    const root = (await rest.send(new GetResourcesCommand({ restApiId: restId }))).items?.[0]?.id ?? '';
    await rest.send(new PutMethodCommand({ restApiId: restId, resourceId: root, httpMethod: 'GET', authorizationType: 'NONE' }));
    await rest.send(new PutIntegrationCommand({ restApiId: restId, resourceId: root, httpMethod: 'GET', type: 'MOCK' }));
    const deploymentId = (await rest.send(new CreateDeploymentCommand({ restApiId: restId }))).id ?? '';
    await rest.send(new CreateStageCommand({ restApiId: restId, stageName: 'prod', deploymentId, tracingEnabled: true }));
    await rest.send(
      new UpdateStageCommand({
        restApiId: restId,
        stageName: 'prod',
        patchOperations: [
          { op: 'replace', path: '/*/*/logging/loglevel', value: 'INFO' },
          { op: 'replace', path: '/*/*/caching/enabled', value: 'true' },
          { op: 'replace', path: '/*/*/caching/dataEncrypted', value: 'true' },
        ],
      }),
    );
    await rest.send(new CreateStageCommand({ restApiId: restId, stageName: 'dev', deploymentId }));

    httpId = (await v2.send(new CreateApiCommand({ Name: 'shop', ProtocolType: 'HTTP' }))).ApiId ?? '';
    await v2.send(new CreateRouteCommand({ ApiId: httpId, RouteKey: 'GET /open' }));
    await v2.send(new CreateRouteCommand({ ApiId: httpId, RouteKey: 'GET /iam', AuthorizationType: 'AWS_IAM' }));
    await v2.send(
      new CreateV2StageCommand({
        ApiId: httpId,
        StageName: 'prod',
        AccessLogSettings: { DestinationArn: logGroup, Format: '$context.requestId' },
      }),
    );
    await v2.send(
      new CreateIntegrationCommand({
        ApiId: httpId,
        IntegrationType: 'HTTP_PROXY',
        IntegrationMethod: 'ANY',
        ConnectionType: 'VPC_LINK',
        ConnectionId: 'vpclink1',
        IntegrationUri: `arn:aws:elasticloadbalancing:${R}:${MOTO_ACCOUNT_ID}:listener/app/shop/1/2`,
        PayloadFormatVersion: '1.0',
        TlsConfig: { ServerNameToVerify: 'shop.internal.example.com' },
      }),
    );
    wsId =
      (await v2.send(new CreateApiCommand({ Name: 'chat', ProtocolType: 'WEBSOCKET', RouteSelectionExpression: '$request.body.action' })))
        .ApiId ?? '';
    await v2.send(new CreateV2StageCommand({ ApiId: wsId, StageName: 'live', DefaultRouteSettings: { LoggingLevel: 'ERROR' } }));
  } finally {
    rest.destroy();
    v2.destroy();
  }
});
afterAll(async () => {
  await moto?.stop();
});

const arn = (path: string) => `arn:aws:apigateway:${R}::${path}`;

describe('collectApigateway', () => {
  it('records REST API stages with their method settings, and v2 APIs with stages, routes and (HTTP only) integrations', async () => {
    const ctx = motoContext(moto, [R, 'eu-west-1']);
    try {
      const { restApis, v2Apis } = await collectApigateway(ctx);
      expect(restApis['eu-west-1']).toEqual({ ok: true, value: [] });
      expect(v2Apis['eu-west-1']).toEqual({ ok: true, value: [] });
      const rest = restApis[R]?.ok ? restApis[R].value : [];
      expect(rest).toHaveLength(1);
      expect(rest[0]).toMatchObject({ arn: arn(`/restapis/${restId}`), id: restId, name: 'orders', endpointTypes: ['EDGE'], policy: null });
      const stages = rest[0]?.stages.ok ? [...rest[0].stages.value].sort((a, b) => a.stageName.localeCompare(b.stageName)) : [];
      expect(stages).toEqual([
        {
          arn: arn(`/restapis/${restId}/stages/dev`),
          region: R,
          apiId: restId,
          apiName: 'orders',
          stageName: 'dev',
          tracingEnabled: false,
          clientCertificateId: null,
          webAclArn: null,
          methodSettings: [],
        },
        {
          arn: arn(`/restapis/${restId}/stages/prod`),
          region: R,
          apiId: restId,
          apiName: 'orders',
          stageName: 'prod',
          tracingEnabled: true,
          clientCertificateId: null,
          webAclArn: null,
          methodSettings: [{ path: '*/*', loggingLevel: 'INFO', cachingEnabled: true, cacheDataEncrypted: true }],
        },
      ]);

      const v2 = new Map((v2Apis[R]?.ok ? v2Apis[R].value : []).map((a) => [a.name, a]));
      const shop = v2.get('shop');
      expect(shop).toMatchObject({ arn: arn(`/apis/${httpId}`), protocolType: 'HTTP' });
      expect(shop?.stages).toEqual({
        ok: true,
        value: [
          {
            arn: arn(`/apis/${httpId}/stages/prod`),
            region: R,
            apiId: httpId,
            apiName: 'shop',
            protocolType: 'HTTP',
            stageName: 'prod',
            accessLogDestinationArn: logGroup,
            defaultLoggingLevel: null,
            routeLoggingLevels: [],
          },
        ],
      });
      const routes = shop?.routes.ok ? shop.routes.value.map((r) => [r.routeKey, r.authorizationType]).sort() : [];
      expect(routes).toEqual([
        ['GET /iam', 'AWS_IAM'],
        ['GET /open', 'NONE'],
      ]);
      expect(shop?.integrations).toMatchObject({
        ok: true,
        value: [{ connectionType: 'VPC_LINK', tlsServerNameToVerify: 'shop.internal.example.com', apiName: 'shop' }],
      });
      const chat = v2.get('chat');
      expect(chat).toMatchObject({ arn: arn(`/apis/${wsId}`), protocolType: 'WEBSOCKET', integrations: { ok: true, value: null } });
      expect(chat?.stages).toMatchObject({
        ok: true,
        value: [{ stageName: 'live', defaultLoggingLevel: 'ERROR', accessLogDestinationArn: null }],
      });
    } finally {
      ctx.close();
    }
  });

  // moto does not store a stage's clientCertificateId or webAclArn (UpdateStage ignores both, and
  // WAF cannot associate a web ACL with a moto stage), so their mapping is tested on a recorded-shape
  // GetStages answer.
  it('reads a REST API resource policy whether plain (moto) or quote-escaped (AWS)', () => {
    const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: '*' }] };
    const text = JSON.stringify(doc);
    expect(restApiPolicy(text)).toEqual(doc);
    expect(restApiPolicy(text.replace(/"/g, '\\"'))).toEqual(doc);
    expect(restApiPolicy(text.replace(/"/g, '\\"').replace(/\//g, '\\/'))).toEqual(doc);
    expect(restApiPolicy(undefined)).toBeNull();
    expect(restApiPolicy('{not a policy')).toBe('{not a policy');
  });

  it('maps a stage client certificate and web ACL (aws-sdk-client-mock, since moto does not store them)', async () => {
    const mock = mockClient(APIGatewayClient);
    try {
      mock.on(GetRestApisCommand).resolves({ items: [{ id: 'abc123', name: 'payments' }] });
      mock.on(GetRestStagesCommand).resolves({
        item: [
          {
            stageName: 'prod',
            clientCertificateId: 'q1w2e3',
            webAclArn: `arn:aws:wafv2:${R}:${MOTO_ACCOUNT_ID}:regional/webacl/api/1`,
            tracingEnabled: false,
            methodSettings: { '~1pay/POST': { loggingLevel: 'OFF', cachingEnabled: false, cacheDataEncrypted: false } },
          },
        ],
      });
      const ctx = motoContext(moto, [R]);
      try {
        const { restApis } = await collectApigateway(ctx);
        const stage = restApis[R]?.ok && restApis[R].value[0]?.stages.ok ? restApis[R].value[0].stages.value[0] : undefined;
        expect(stage).toMatchObject({
          arn: arn('/restapis/abc123/stages/prod'),
          clientCertificateId: 'q1w2e3',
          webAclArn: `arn:aws:wafv2:${R}:${MOTO_ACCOUNT_ID}:regional/webacl/api/1`,
          methodSettings: [{ path: '~1pay/POST', loggingLevel: 'OFF', cachingEnabled: false, cacheDataEncrypted: false }],
        });
      } finally {
        ctx.close();
      }
    } finally {
      mock.restore();
    }
  });

  // AWS authorizes every read here as apigateway:GET on a resource path; moto names API Gateway's
  // actions by operation (apigateway:GetRestApis) and ignores resources. Allowing only the list
  // operations in moto is how the per-API reads are denied while the lists succeed.
  it('records denied reads as access-denied ReadErrors of apigateway:GET naming the resource path', async () => {
    const listOnly = await restrictedCredentials(moto, 'api-lister', ['apigateway:GetRestApis', 'apigateway:GetApis']);
    const nothing = await restrictedCredentials(moto, 'api-nobody', ['iam:GetUser']);
    await moto.enableIamAuth();
    const listed = motoContext(moto, [R], listOnly);
    const denied = motoContext(moto, [R], nothing);
    try {
      const seen = await collectApigateway(listed);
      const rest = seen.restApis[R]?.ok ? seen.restApis[R].value : [];
      expect(rest).toHaveLength(1);
      expect(rest[0]?.stages).toMatchObject({
        ok: false,
        error: { action: 'apigateway:GET', kind: 'access-denied', target: arn(`/restapis/${restId}/stages`) },
      });
      const v2 = seen.v2Apis[R]?.ok ? seen.v2Apis[R].value : [];
      expect(v2).toHaveLength(2);
      for (const api of v2) {
        expect(api.stages).toMatchObject({
          ok: false,
          error: { action: 'apigateway:GET', kind: 'access-denied', target: `${api.arn}/stages` },
        });
        expect(api.routes).toMatchObject({ ok: false, error: { action: 'apigateway:GET', target: `${api.arn}/routes` } });
      }
      const none = await collectApigateway(denied);
      expect(none.restApis[R]).toMatchObject({
        ok: false,
        error: { action: 'apigateway:GET', kind: 'access-denied', target: arn('/restapis') },
      });
      expect(none.v2Apis[R]).toMatchObject({ ok: false, error: { action: 'apigateway:GET', kind: 'access-denied', target: arn('/apis') } });
    } finally {
      listed.close();
      denied.close();
      await moto.disableIamAuth();
    }
  });
});
