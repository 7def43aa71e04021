/**
 * Walks the apigateway section's nested lists (APIs per region, then stages, routes or
 * integrations per API). A failed list read becomes one UNKNOWN for what it covered: the region
 * for a failed API list, the API for a failed per-API read; nothing is skipped silently.
 */
import type {
  ApiGatewayStage,
  ApiGatewayV2Api,
  ApiGatewayV2Integration,
  ApiGatewayV2Route,
  ApiGatewayV2Stage,
  ApigatewaySection,
} from '../../model/apigateway.js';
import { eachRegional, unknown, type CheckResult, type EvalContext } from '../define-check.js';

type Results = CheckResult | CheckResult[] | undefined;

export function eachRestStage(ctx: EvalContext, section: ApigatewaySection, fn: (stage: ApiGatewayStage) => Results): CheckResult[] {
  return eachRegional(ctx, section.restApis, 'apigateway', (api) =>
    api.stages.ok ? api.stages.value.flatMap((s) => fn(s) ?? []) : unknown(api, api.stages.error),
  );
}

function eachV2<T>(
  ctx: EvalContext,
  section: ApigatewaySection,
  pick: (api: ApiGatewayV2Api) => ApiGatewayV2Api['stages'] | ApiGatewayV2Api['routes'] | ApiGatewayV2Api['integrations'],
  fn: (item: T, api: ApiGatewayV2Api) => Results,
  only?: (api: ApiGatewayV2Api) => boolean,
): CheckResult[] {
  return eachRegional(ctx, section.v2Apis, 'apigateway', (api) => {
    if (only && !only(api)) return undefined;
    const list = pick(api);
    if (!list.ok) return unknown(api, list.error);
    return ((list.value ?? []) as T[]).flatMap((item) => fn(item, api) ?? []);
  });
}

export const eachV2Stage = (
  ctx: EvalContext,
  section: ApigatewaySection,
  fn: (stage: ApiGatewayV2Stage, api: ApiGatewayV2Api) => Results,
  only?: (api: ApiGatewayV2Api) => boolean,
) => eachV2<ApiGatewayV2Stage>(ctx, section, (a) => a.stages, fn, only);

export const eachV2Route = (
  ctx: EvalContext,
  section: ApigatewaySection,
  fn: (route: ApiGatewayV2Route, api: ApiGatewayV2Api) => Results,
) => eachV2<ApiGatewayV2Route>(ctx, section, (a) => a.routes, fn);

export const eachV2Integration = (
  ctx: EvalContext,
  section: ApigatewaySection,
  fn: (integration: ApiGatewayV2Integration, api: ApiGatewayV2Api) => Results,
  only?: (api: ApiGatewayV2Api) => boolean,
) => eachV2<ApiGatewayV2Integration>(ctx, section, (a) => a.integrations, fn, only);

/** "REST API stage orders/prod" */
export const restStageName = (s: ApiGatewayStage) => `API Gateway REST API stage ${s.apiName}/${s.stageName}`;
/** "HTTP API stage orders/prod" or "WebSocket API stage chat/prod" */
export const v2StageName = (s: ApiGatewayV2Stage) =>
  `API Gateway ${s.protocolType === 'WEBSOCKET' ? 'WebSocket' : 'HTTP'} API stage ${s.apiName}/${s.stageName}`;
