import type {
  ApiGatewayMethodSetting,
  ApiGatewayRestApi,
  ApiGatewayStage,
  ApiGatewayV2Api,
  ApiGatewayV2Integration,
  ApiGatewayV2Route,
  ApiGatewayV2Stage,
  ApigatewaySection,
} from '../../src/model/apigateway.js';
import { ACCOUNT_ID, REGIONS, ok } from './common.js';

const apiArn = (region: string, path: string) => `arn:aws:apigateway:${region}::${path}`;

/** The stage default (`*\/*`): execution logging at ERROR, caching on and encrypted. */
export function methodSetting(overrides: Partial<ApiGatewayMethodSetting> = {}): ApiGatewayMethodSetting {
  return { path: '*/*', loggingLevel: 'ERROR', cachingEnabled: true, cacheDataEncrypted: true, ...overrides };
}

/** A compliant REST stage: logging, X-Ray, client certificate, WAF, encrypted cache. */
export function restStage(apiId: string, stageName: string, region: string, overrides: Partial<ApiGatewayStage> = {}): ApiGatewayStage {
  return {
    arn: apiArn(region, `/restapis/${apiId}/stages/${stageName}`),
    region,
    apiId,
    apiName: `api-${apiId}`,
    stageName,
    tracingEnabled: true,
    clientCertificateId: 'cert1',
    webAclArn: `arn:aws:wafv2:${region}:${ACCOUNT_ID}:regional/webacl/api/1`,
    methodSettings: [methodSetting()],
    ...overrides,
  };
}

export function restApi(
  id: string,
  region: string,
  stages: ApiGatewayStage[],
  overrides: Partial<ApiGatewayRestApi> = {},
): ApiGatewayRestApi {
  return {
    arn: apiArn(region, `/restapis/${id}`),
    region,
    id,
    name: `api-${id}`,
    endpointTypes: ['REGIONAL'],
    policy: null,
    stages: ok(stages),
    ...overrides,
  };
}

/** A private API's resource policy that admits only one VPC endpoint. */
export const pinnedPrivateApiPolicy = (vpce = 'vpce-0123456789abcdef0') => ({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: '*',
      Action: 'execute-api:Invoke',
      Resource: 'execute-api:/*',
      Condition: { StringEquals: { 'aws:SourceVpce': vpce } },
    },
  ],
});

type V2Base = { apiId: string; region: string; protocolType?: string };
const v2base = ({ apiId, region, protocolType = 'HTTP' }: V2Base) => ({ region, apiId, apiName: `v2-${apiId}`, protocolType });

/** A compliant v2 stage: access logs to a log group, WebSocket execution logging at ERROR. */
export function v2Stage(b: V2Base, stageName: string, overrides: Partial<ApiGatewayV2Stage> = {}): ApiGatewayV2Stage {
  return {
    ...v2base(b),
    arn: apiArn(b.region, `/apis/${b.apiId}/stages/${stageName}`),
    stageName,
    accessLogDestinationArn: `arn:aws:logs:${b.region}:${ACCOUNT_ID}:log-group:api-access`,
    defaultLoggingLevel: b.protocolType === 'WEBSOCKET' ? 'ERROR' : null,
    routeLoggingLevels: [],
    ...overrides,
  };
}

/** A route with IAM authorization. */
export function v2Route(b: V2Base, routeId: string, routeKey: string, overrides: Partial<ApiGatewayV2Route> = {}): ApiGatewayV2Route {
  return {
    ...v2base(b),
    arn: apiArn(b.region, `/apis/${b.apiId}/routes/${routeId}`),
    routeId,
    routeKey,
    authorizationType: 'AWS_IAM',
    ...overrides,
  };
}

/** A private (VPC link) integration with TLS to the backend. */
export function v2Integration(b: V2Base, integrationId: string, overrides: Partial<ApiGatewayV2Integration> = {}): ApiGatewayV2Integration {
  const { protocolType: _p, ...rest } = v2base(b);
  void _p;
  return {
    ...rest,
    arn: apiArn(b.region, `/apis/${b.apiId}/integrations/${integrationId}`),
    integrationId,
    connectionType: 'VPC_LINK',
    tlsServerNameToVerify: 'backend.example.com',
    ...overrides,
  };
}

export function v2Api(
  b: V2Base,
  parts: { stages?: ApiGatewayV2Stage[]; routes?: ApiGatewayV2Route[]; integrations?: ApiGatewayV2Integration[] | null } = {},
  overrides: Partial<ApiGatewayV2Api> = {},
): ApiGatewayV2Api {
  const protocolType = b.protocolType ?? 'HTTP';
  return {
    arn: apiArn(b.region, `/apis/${b.apiId}`),
    region: b.region,
    id: b.apiId,
    name: `v2-${b.apiId}`,
    protocolType,
    stages: ok(parts.stages ?? [v2Stage(b, 'prod')]),
    routes: ok(parts.routes ?? [v2Route(b, 'r1', protocolType === 'HTTP' ? 'GET /items' : '$connect')]),
    integrations: ok(parts.integrations !== undefined ? parts.integrations : protocolType === 'HTTP' ? [v2Integration(b, 'i1')] : null),
    ...overrides,
  };
}

export function apigatewaySection(restApis: ApiGatewayRestApi[], v2Apis: ApiGatewayV2Api[] = []): ApigatewaySection {
  return {
    restApis: Object.fromEntries(REGIONS.map((r) => [r, ok(restApis.filter((x) => x.region === r))])),
    v2Apis: Object.fromEntries(REGIONS.map((r) => [r, ok(v2Apis.filter((x) => x.region === r))])),
  };
}

/** One compliant REST API per region, and one HTTP and one WebSocket API in the first region. */
export function compliantApigatewaySection(): ApigatewaySection {
  const first = REGIONS[0];
  return apigatewaySection(
    REGIONS.map((r) =>
      restApi(`rest-${r}`, r, [restStage(`rest-${r}`, 'prod', r)], { endpointTypes: ['PRIVATE'], policy: pinnedPrivateApiPolicy() }),
    ),
    [v2Api({ apiId: 'http1', region: first }), v2Api({ apiId: 'ws1', region: first, protocolType: 'WEBSOCKET' })],
  );
}
