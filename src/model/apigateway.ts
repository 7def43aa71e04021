import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/**
 * One entry of a REST stage's GetStages methodSettings: `*\/*` is the stage default, other keys
 * (`{resource_path}/{http_method}`) override it for one method. A null field is absent from the
 * entry and inherits the stage default.
 */
export const ApiGatewayMethodSetting = z.object({
  /** The methodSettings key: `*\/*`, or e.g. `~1pets/GET` */
  path: z.string(),
  /** loggingLevel: OFF, ERROR or INFO (execution logging to CloudWatch Logs) */
  loggingLevel: z.string().nullable(),
  /** cachingEnabled: whether responses of the method are cached */
  cachingEnabled: z.boolean().nullable(),
  /** cacheDataEncrypted: whether the cached responses are encrypted at rest */
  cacheDataEncrypted: z.boolean().nullable(),
});
export type ApiGatewayMethodSetting = z.infer<typeof ApiGatewayMethodSetting>;

/** A REST API stage as GetStages returns it (one call returns every stage of an API). */
export const ApiGatewayStage = z.object({
  /** arn:PARTITION:apigateway:REGION::/restapis/API_ID/stages/STAGE (the stage's documented ARN) */
  arn: z.string(),
  region: z.string(),
  apiId: z.string(),
  /** GetRestApis name of the API the stage belongs to */
  apiName: z.string(),
  /** stageName */
  stageName: z.string(),
  /** tracingEnabled: X-Ray active tracing; absent means off */
  tracingEnabled: z.boolean(),
  /** clientCertificateId: the certificate API Gateway presents to the backend; null when none */
  clientCertificateId: z.string().nullable(),
  /** webAclArn: the AWS WAF web ACL associated with the stage; null when none */
  webAclArn: z.string().nullable(),
  /** methodSettings, one entry per key; empty when the stage has none (every setting at its default: logging OFF, no caching) */
  methodSettings: z.array(ApiGatewayMethodSetting),
});
export type ApiGatewayStage = z.infer<typeof ApiGatewayStage>;

export const ApiGatewayRestApi = z.object({
  /** arn:PARTITION:apigateway:REGION::/restapis/API_ID */
  arn: z.string(),
  region: z.string(),
  /** GetRestApis id */
  id: z.string(),
  /** GetRestApis name */
  name: z.string(),
  /**
   * GetRestApis endpointConfiguration.types: EDGE, REGIONAL or PRIVATE. Absent in inventories
   * written before Bulwark read it (checks that need it then say UNKNOWN).
   */
  endpointTypes: z.array(z.string()).optional(),
  /**
   * GetRestApis policy: the resource policy as parsed JSON (raw text when it is not JSON); null
   * when the API has none. Absent in inventories written before Bulwark read it.
   */
  policy: z.unknown().optional(),
  /** GetStages (apigateway:GET on /restapis/API_ID/stages) */
  stages: observedSchema(z.array(ApiGatewayStage)),
});
export type ApiGatewayRestApi = z.infer<typeof ApiGatewayRestApi>;

/** An HTTP or WebSocket API stage (apigatewayv2 GetStages). */
export const ApiGatewayV2Stage = z.object({
  /** arn:PARTITION:apigateway:REGION::/apis/API_ID/stages/STAGE */
  arn: z.string(),
  region: z.string(),
  apiId: z.string(),
  apiName: z.string(),
  /** HTTP or WEBSOCKET (the API's ProtocolType) */
  protocolType: z.string(),
  /** StageName */
  stageName: z.string(),
  /** AccessLogSettings.DestinationArn: the CloudWatch Logs log group access logs go to; null when access logging is off */
  accessLogDestinationArn: z.string().nullable(),
  /** DefaultRouteSettings.LoggingLevel (WebSocket execution logging: OFF, ERROR, INFO); null when absent (off) */
  defaultLoggingLevel: z.string().nullable(),
  /** RouteSettings: per route key, its LoggingLevel override (null when the route does not set one and inherits the default) */
  routeLoggingLevels: z.array(z.object({ routeKey: z.string(), loggingLevel: z.string().nullable() })),
});
export type ApiGatewayV2Stage = z.infer<typeof ApiGatewayV2Stage>;

/** A route (apigatewayv2 GetRoutes). */
export const ApiGatewayV2Route = z.object({
  /** arn:PARTITION:apigateway:REGION::/apis/API_ID/routes/ROUTE_ID */
  arn: z.string(),
  region: z.string(),
  apiId: z.string(),
  apiName: z.string(),
  protocolType: z.string(),
  /** RouteId */
  routeId: z.string(),
  /** RouteKey: `GET /pets`, `$default`, `$connect`, ... */
  routeKey: z.string(),
  /** AuthorizationType: NONE, AWS_IAM, CUSTOM or JWT; absent is reported as NONE, AWS's default */
  authorizationType: z.string(),
});
export type ApiGatewayV2Route = z.infer<typeof ApiGatewayV2Route>;

/** An integration (apigatewayv2 GetIntegrations). */
export const ApiGatewayV2Integration = z.object({
  /** arn:PARTITION:apigateway:REGION::/apis/API_ID/integrations/INTEGRATION_ID */
  arn: z.string(),
  region: z.string(),
  apiId: z.string(),
  apiName: z.string(),
  /** IntegrationId */
  integrationId: z.string(),
  /** ConnectionType: INTERNET (default, also when absent) or VPC_LINK (a private integration) */
  connectionType: z.string(),
  /** TlsConfig.ServerNameToVerify when TlsConfig is present ('' when present without a name); null when there is no TlsConfig (HTTP to the backend) */
  tlsServerNameToVerify: z.string().nullable(),
});
export type ApiGatewayV2Integration = z.infer<typeof ApiGatewayV2Integration>;

export const ApiGatewayV2Api = z.object({
  /** arn:PARTITION:apigateway:REGION::/apis/API_ID */
  arn: z.string(),
  region: z.string(),
  /** GetApis ApiId */
  id: z.string(),
  /** GetApis Name */
  name: z.string(),
  /** GetApis ProtocolType: HTTP or WEBSOCKET */
  protocolType: z.string(),
  /** GetStages */
  stages: observedSchema(z.array(ApiGatewayV2Stage)),
  /** GetRoutes */
  routes: observedSchema(z.array(ApiGatewayV2Route)),
  /**
   * GetIntegrations, read for HTTP APIs only (TLS to private integrations is an HTTP API setting);
   * null for WebSocket APIs, whose integrations are not read.
   */
  integrations: observedSchema(z.array(ApiGatewayV2Integration).nullable()),
});
export type ApiGatewayV2Api = z.infer<typeof ApiGatewayV2Api>;

/** What the apigateway collector records (REST APIs, and HTTP and WebSocket APIs of API Gateway v2). */
export const ApigatewaySection = z.object({
  /** GetRestApis per scanned region */
  restApis: regionalSchema(observedSchema(z.array(ApiGatewayRestApi))),
  /** apigatewayv2 GetApis per scanned region */
  v2Apis: regionalSchema(observedSchema(z.array(ApiGatewayV2Api))),
});
export type ApigatewaySection = z.infer<typeof ApigatewaySection>;
