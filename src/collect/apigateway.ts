import { APIGatewayClient, GetStagesCommand as GetRestStagesCommand, paginateGetRestApis, type Stage } from '@aws-sdk/client-api-gateway';
import {
  ApiGatewayV2Client,
  GetApisCommand,
  GetIntegrationsCommand,
  GetRoutesCommand,
  GetStagesCommand,
  type Api,
} from '@aws-sdk/client-apigatewayv2';
import type {
  ApiGatewayMethodSetting,
  ApiGatewayRestApi,
  ApiGatewayStage,
  ApiGatewayV2Api,
  ApiGatewayV2Integration,
  ApiGatewayV2Route,
  ApiGatewayV2Stage,
  ApigatewaySection,
} from '../model/apigateway.js';
import type { Observed } from '../model/observed.js';
import type { Collector } from './kit/collector.js';
import { forEachRegion, type CollectContext } from './kit/context.js';
import { allPages, readList } from './kit/list.js';
import { allKeyed, andThen, mapObserved, ok } from './kit/observed.js';
import { parsePolicyText } from './kit/policy-text.js';

/**
 * API Gateway authorizes its management API with HTTP verbs on resource paths: every read here is
 * IAM action `apigateway:GET`, and the read's target names the resource path it was called on.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-iam-policy-resource-format-for-managing-api.html
 */
const GET = 'apigateway:GET';

/** The documented ARN of an API Gateway resource path: arn:PARTITION:apigateway:REGION::PATH. */
const pathArn = (ctx: CollectContext, region: string, path: string) => `arn:${ctx.partition}:apigateway:${region}::${path}`;

/** apigatewayv2 has no SDK paginators: NextToken pages, read to the end. */
async function* tokenPages<P extends { NextToken?: string | undefined }>(
  fetch: (token: string | undefined) => Promise<P>,
): AsyncGenerator<P> {
  let token: string | undefined;
  do {
    const page = await fetch(token);
    yield page;
    token = page.NextToken;
  } while (token);
}

function methodSettings(stage: Stage): ApiGatewayMethodSetting[] {
  return Object.entries(stage.methodSettings ?? {})
    .map(([path, s]) => ({
      path,
      loggingLevel: s.loggingLevel ?? null,
      cachingEnabled: s.cachingEnabled ?? null,
      cacheDataEncrypted: s.cacheDataEncrypted ?? null,
    }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * GetRestApis returns a REST API's resource policy as JSON whose quotes are backslash-escaped
 * (`{\\"Version\\":...}`); moto returns it plain. Parsed either way; text that is neither stays
 * raw, and the checks say UNKNOWN for it.
 * https://docs.aws.amazon.com/apigateway/latest/api/API_RestApi.html
 */
export function restApiPolicy(text: string | undefined): unknown {
  const plain = parsePolicyText(text);
  if (typeof plain !== 'string') return plain;
  const unescaped = parsePolicyText(plain.replace(/\\(["/\\])/g, '$1'));
  return typeof unescaped === 'string' ? plain : unescaped;
}

async function readRestApi(
  ctx: CollectContext,
  client: APIGatewayClient,
  region: string,
  api: { id: string; name: string; endpointTypes: string[]; policy: unknown },
): Promise<ApiGatewayRestApi> {
  const arn = pathArn(ctx, region, `/restapis/${api.id}`);
  // GetStages returns every stage of the API with its method settings: one call per API.
  const stages = await ctx.reader.read(GET, { target: `${arn}/stages`, region }, () =>
    client.send(new GetRestStagesCommand({ restApiId: api.id })),
  );
  return {
    arn,
    region,
    id: api.id,
    name: api.name,
    endpointTypes: api.endpointTypes,
    policy: api.policy,
    stages: mapObserved(stages, (s) =>
      (s.item ?? []).map((st): ApiGatewayStage => ({
        arn: `${arn}/stages/${st.stageName ?? ''}`,
        region,
        apiId: api.id,
        apiName: api.name,
        stageName: st.stageName ?? '',
        tracingEnabled: st.tracingEnabled ?? false,
        clientCertificateId: st.clientCertificateId ? st.clientCertificateId : null,
        webAclArn: st.webAclArn ? st.webAclArn : null,
        methodSettings: methodSettings(st),
      })),
    ),
  };
}

async function readV2Api(ctx: CollectContext, client: ApiGatewayV2Client, region: string, api: Api): Promise<ApiGatewayV2Api> {
  const id = api.ApiId ?? '';
  const name = api.Name ?? id;
  const protocolType = api.ProtocolType ?? 'HTTP';
  const arn = pathArn(ctx, region, `/apis/${id}`);
  const base = { region, apiId: id, apiName: name };
  const reads = await allKeyed({
    stages: readList(
      ctx.reader,
      GET,
      { target: `${arn}/stages`, region },
      () => tokenPages((NextToken) => client.send(new GetStagesCommand({ ApiId: id, NextToken }))),
      (p) => p.Items,
      (s): ApiGatewayV2Stage => ({
        ...base,
        arn: `${arn}/stages/${s.StageName ?? ''}`,
        protocolType,
        stageName: s.StageName ?? '',
        accessLogDestinationArn: s.AccessLogSettings?.DestinationArn ? s.AccessLogSettings.DestinationArn : null,
        defaultLoggingLevel: s.DefaultRouteSettings?.LoggingLevel ?? null,
        routeLoggingLevels: Object.entries(s.RouteSettings ?? {})
          .map(([routeKey, r]) => ({ routeKey, loggingLevel: r.LoggingLevel ?? null }))
          .sort((a, b) => a.routeKey.localeCompare(b.routeKey)),
      }),
    ),
    routes: readList(
      ctx.reader,
      GET,
      { target: `${arn}/routes`, region },
      () => tokenPages((NextToken) => client.send(new GetRoutesCommand({ ApiId: id, NextToken }))),
      (p) => p.Items,
      (r): ApiGatewayV2Route => ({
        ...base,
        arn: `${arn}/routes/${r.RouteId ?? ''}`,
        protocolType,
        routeId: r.RouteId ?? '',
        routeKey: r.RouteKey ?? '',
        authorizationType: r.AuthorizationType ?? 'NONE',
      }),
    ),
    integrations:
      protocolType === 'HTTP'
        ? readList(
            ctx.reader,
            GET,
            { target: `${arn}/integrations`, region },
            () => tokenPages((NextToken) => client.send(new GetIntegrationsCommand({ ApiId: id, NextToken }))),
            (p) => p.Items,
            (i): ApiGatewayV2Integration => ({
              ...base,
              arn: `${arn}/integrations/${i.IntegrationId ?? ''}`,
              integrationId: i.IntegrationId ?? '',
              connectionType: i.ConnectionType ?? 'INTERNET',
              tlsServerNameToVerify: i.TlsConfig ? (i.TlsConfig.ServerNameToVerify ?? '') : null,
            }),
          )
        : Promise.resolve<Observed<ApiGatewayV2Integration[] | null>>(ok(null)),
  });
  return { arn, region, id, name, protocolType, ...reads };
}

/**
 * Per region: GetRestApis (paginated, 500 per page) then GetStages per REST API; apigatewayv2
 * GetApis then GetStages, GetRoutes and, for HTTP APIs, GetIntegrations per API. Stage reads are
 * per API, never per stage: GetStages returns all of them.
 */
export async function collectApigateway(ctx: CollectContext): Promise<ApigatewaySection> {
  const [restApis, v2Apis] = await Promise.all([
    forEachRegion(ctx, 'apigateway', async (region) => {
      const client = ctx.clients.get(APIGatewayClient, region);
      const listed = await readList(
        ctx.reader,
        GET,
        { target: pathArn(ctx, region, '/restapis'), region },
        () => paginateGetRestApis({ client, pageSize: 500 }, {}),
        (p) => p.items,
        (a) => ({
          id: a.id ?? '',
          name: a.name ?? a.id ?? '',
          endpointTypes: a.endpointConfiguration?.types ?? [],
          policy: restApiPolicy(a.policy),
        }),
      );
      return andThen(listed, async (apis) => ok(await Promise.all(apis.map((a) => readRestApi(ctx, client, region, a)))));
    }),
    forEachRegion(ctx, 'apigatewayv2', async (region) => {
      const client = ctx.clients.get(ApiGatewayV2Client, region);
      const listed = await ctx.reader.read(GET, { target: pathArn(ctx, region, '/apis'), region }, () =>
        allPages(
          tokenPages((NextToken) => client.send(new GetApisCommand({ NextToken }))),
          (p) => p.Items,
        ),
      );
      return andThen(listed, async (apis) => ok(await Promise.all(apis.map((a) => readV2Api(ctx, client, region, a)))));
    }),
  ]);
  return { restApis, v2Apis };
}

export const apigatewayCollector: Collector<'apigateway'> = {
  section: 'apigateway',
  collect: collectApigateway,
};
