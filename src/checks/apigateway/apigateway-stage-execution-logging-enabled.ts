import type { ApiGatewayStage, ApiGatewayV2Stage } from '../../model/apigateway.js';
import { defineCheck, fail, pass, type CheckResult } from '../define-check.js';
import { listSome } from '../lib/policy/index.js';
import { eachRestStage, eachV2Stage, restStageName, v2StageName } from './walk.js';

/** APIGateway.1 has no default loggingLevel: ERROR and INFO both count as logging. */
const LOGGING = new Set(['ERROR', 'INFO']);

function judgeRest(stage: ApiGatewayStage): CheckResult {
  const name = restStageName(stage);
  const stageDefault = stage.methodSettings.find((m) => m.path === '*/*');
  const defaultLevel = stageDefault?.loggingLevel ?? 'OFF';
  // A method entry without its own level inherits the stage default.
  const off = stage.methodSettings.filter((m) => m.path !== '*/*' && !LOGGING.has(m.loggingLevel ?? defaultLevel)).map((m) => m.path);
  if (!LOGGING.has(defaultLevel))
    return fail(
      { ...stage, resourceType: 'AwsApiGatewayStage' },
      `${name} has execution logging off (stage default level ${defaultLevel}).`,
    );
  if (off.length > 0)
    return fail(
      { ...stage, resourceType: 'AwsApiGatewayStage' },
      `${name} logs at ${defaultLevel} by default but not for method ${listSome(off)}.`,
    );
  return pass({ ...stage, resourceType: 'AwsApiGatewayStage' }, `${name} has execution logging at ${defaultLevel} for all methods.`);
}

function judgeWebSocket(stage: ApiGatewayV2Stage): CheckResult {
  const ref = { ...stage, resourceType: 'AwsApiGatewayV2Stage' as const };
  const name = v2StageName(stage);
  const defaultLevel = stage.defaultLoggingLevel ?? 'OFF';
  const off = stage.routeLoggingLevels.filter((r) => !LOGGING.has(r.loggingLevel ?? defaultLevel)).map((r) => r.routeKey);
  if (!LOGGING.has(defaultLevel)) return fail(ref, `${name} has execution logging off (default route level ${defaultLevel}).`);
  if (off.length > 0) return fail(ref, `${name} logs at ${defaultLevel} by default but not for route ${listSome(off)}.`);
  return pass(ref, `${name} has execution logging at ${defaultLevel} for all routes.`);
}

export const apigatewayStageExecutionLoggingEnabled = defineCheck({
  id: 'apigateway-stage-execution-logging-enabled',
  title: 'API Gateway REST and WebSocket API stages have execution logging enabled',
  service: 'apigateway',
  severity: 'medium',
  resourceType: 'AwsApiGatewayStage',
  frameworks: { fsbp: ['APIGateway.1'] },
  rationale:
    'Execution logs record how API Gateway handled each request (authorizer decisions, integration errors), which troubleshooting and incident response need. As Security Hub APIGateway.1 (AWS Config api-gw-execution-logging-enabled, no loggingLevel set), a REST or WebSocket stage passes when every method or route logs at ERROR or INFO; HTTP APIs have no execution logging and are not judged.',
  remediation: {
    summary:
      'Set the stage-wide logging level to ERROR or INFO (the account needs a CloudWatch Logs role set in API Gateway settings), and remove per-method overrides that turn it off.',
    cli: "aws apigateway update-stage --rest-api-id <api-id> --stage-name <stage> --patch-operations op=replace,path='/*/*/logging/loglevel',value=ERROR",
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html',
  },
  reads: ['apigateway'],
  evaluate: (inv, ctx) => [
    ...eachRestStage(ctx, inv.apigateway, judgeRest),
    ...eachV2Stage(ctx, inv.apigateway, judgeWebSocket, (api) => api.protocolType === 'WEBSOCKET'),
  ],
});
