/**
 * Demo API Gateway in the first region: REST API "demo-orders" with a "prod" stage (X-Ray, INFO
 * execution logs, encrypted cache) and a "dev" stage at defaults (no tracing, no logging); HTTP API
 * "demo-shop" with an IAM-authorized and an open route, a "prod" stage with access logs and a "dev"
 * stage without, and private integrations with and without TLS. moto does not store a stage's
 * client certificate or web ACL, so APIGateway.2 and .4 are seeded as failing only.
 */
import {
  APIGatewayClient,
  CreateDeploymentCommand,
  CreateRestApiCommand,
  CreateStageCommand,
  GetResourcesCommand,
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
import { MOTO_ACCOUNT_ID, TEST_CREDENTIALS } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

export async function seedApigateway(moto: { endpoint: string }, regions: string[]): Promise<ExpectedFinding[]> {
  const region = regions[0];
  if (!region) return [];
  const config = { endpoint: moto.endpoint, region, credentials: TEST_CREDENTIALS, maxAttempts: 1 };
  const rest = new APIGatewayClient(config);
  const v2 = new ApiGatewayV2Client(config);
  const arn = (path: string) => `arn:aws:apigateway:${region}::${path}`;
  try {
    const restId = (await rest.send(new CreateRestApiCommand({ name: 'demo-orders' }))).id ?? '';
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

    const httpId = (await v2.send(new CreateApiCommand({ Name: 'demo-shop', ProtocolType: 'HTTP' }))).ApiId ?? '';
    const iamRoute = (await v2.send(new CreateRouteCommand({ ApiId: httpId, RouteKey: 'GET /orders', AuthorizationType: 'AWS_IAM' })))
      .RouteId;
    const openRoute = (await v2.send(new CreateRouteCommand({ ApiId: httpId, RouteKey: 'GET /open' }))).RouteId;
    await v2.send(
      new CreateV2StageCommand({
        ApiId: httpId,
        StageName: 'prod',
        AccessLogSettings: {
          DestinationArn: `arn:aws:logs:${region}:${MOTO_ACCOUNT_ID}:log-group:demo-shop-access`,
          Format: '$context.requestId',
        },
      }),
    );
    await v2.send(new CreateV2StageCommand({ ApiId: httpId, StageName: 'dev' }));
    const listener = `arn:aws:elasticloadbalancing:${region}:${MOTO_ACCOUNT_ID}:listener/app/demo-shop/1/2`;
    const integration = (tls: boolean) =>
      new CreateIntegrationCommand({
        ApiId: httpId,
        IntegrationType: 'HTTP_PROXY',
        IntegrationMethod: 'ANY',
        ConnectionType: 'VPC_LINK',
        ConnectionId: 'demo-vpclink',
        IntegrationUri: listener,
        PayloadFormatVersion: '1.0',
        ...(tls ? { TlsConfig: { ServerNameToVerify: 'shop.internal.example.com' } } : {}),
      });
    const tlsId = (await v2.send(integration(true))).IntegrationId;
    const plainId = (await v2.send(integration(false))).IntegrationId;

    // Private APIs: one open to every VPC endpoint, one pinned to a VPC endpoint of this account.
    const invoke = (condition?: object) =>
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: '*',
            Action: 'execute-api:Invoke',
            Resource: 'execute-api:/*',
            ...(condition ? { Condition: condition } : {}),
          },
        ],
      });
    const privateApi = (name: string, policy: string) =>
      rest.send(new CreateRestApiCommand({ name, endpointConfiguration: { types: ['PRIVATE'] }, policy })).then((r) => r.id ?? '');
    const openPrivate = await privateApi('demo-private-open', invoke());
    const pinnedPrivate = await privateApi('demo-private-pinned', invoke({ StringEquals: { 'aws:SourceVpce': 'vpce-0123456789abcdef0' } }));
    const prod = arn(`/restapis/${restId}/stages/prod`);
    const dev = arn(`/restapis/${restId}/stages/dev`);
    const api = `/apis/${httpId}`;
    return [
      { checkId: 'apigateway-private-api-policy-restricts-callers', resourceArn: arn(`/restapis/${openPrivate}`), status: 'FAIL' },
      { checkId: 'apigateway-private-api-policy-restricts-callers', resourceArn: arn(`/restapis/${pinnedPrivate}`), status: 'PASS' },
      { checkId: 'apigateway-stage-execution-logging-enabled', resourceArn: prod, status: 'PASS' },
      { checkId: 'apigateway-stage-execution-logging-enabled', resourceArn: dev, status: 'FAIL' },
      { checkId: 'apigateway-stage-xray-tracing-enabled', resourceArn: prod, status: 'PASS' },
      { checkId: 'apigateway-stage-xray-tracing-enabled', resourceArn: dev, status: 'FAIL' },
      { checkId: 'apigateway-stage-cache-encrypted', resourceArn: prod, status: 'PASS' },
      { checkId: 'apigateway-stage-client-certificate-configured', resourceArn: prod, status: 'FAIL' },
      { checkId: 'apigateway-stage-waf-associated', resourceArn: prod, status: 'FAIL' },
      { checkId: 'apigateway-route-authorization-type-configured', resourceArn: arn(`${api}/routes/${iamRoute ?? ''}`), status: 'PASS' },
      { checkId: 'apigateway-route-authorization-type-configured', resourceArn: arn(`${api}/routes/${openRoute ?? ''}`), status: 'FAIL' },
      { checkId: 'apigateway-v2-stage-access-logging-enabled', resourceArn: arn(`${api}/stages/prod`), status: 'PASS' },
      { checkId: 'apigateway-v2-stage-access-logging-enabled', resourceArn: arn(`${api}/stages/dev`), status: 'FAIL' },
      { checkId: 'apigateway-v2-private-integration-https', resourceArn: arn(`${api}/integrations/${tlsId ?? ''}`), status: 'PASS' },
      { checkId: 'apigateway-v2-private-integration-https', resourceArn: arn(`${api}/integrations/${plainId ?? ''}`), status: 'FAIL' },
    ];
  } finally {
    rest.destroy();
    v2.destroy();
  }
}
