import { defineCheck, fail, pass } from '../define-check.js';
import { eachRestStage, restStageName } from './walk.js';

export const apigatewayStageXrayTracingEnabled = defineCheck({
  id: 'apigateway-stage-xray-tracing-enabled',
  title: 'API Gateway REST API stages have AWS X-Ray tracing enabled',
  service: 'apigateway',
  severity: 'low',
  resourceType: 'AwsApiGatewayStage',
  frameworks: { fsbp: ['APIGateway.3'] },
  rationale:
    'X-Ray active tracing follows requests from the API into its backends, which shows where latency and errors arise and what a suspicious request touched. As Security Hub APIGateway.3 (AWS Config api-gw-xray-enabled), a REST API stage passes when tracing is enabled.',
  remediation: {
    summary: 'Enable X-Ray tracing on the stage.',
    cli: 'aws apigateway update-stage --rest-api-id <api-id> --stage-name <stage> --patch-operations op=replace,path=/tracingEnabled,value=true',
    docs: 'https://docs.aws.amazon.com/xray/latest/devguide/xray-services-apigateway.html',
  },
  reads: ['apigateway'],
  evaluate: (inv, ctx) =>
    eachRestStage(ctx, inv.apigateway, (stage) =>
      stage.tracingEnabled
        ? pass(stage, `${restStageName(stage)} has X-Ray tracing enabled.`)
        : fail(stage, `${restStageName(stage)} has X-Ray tracing disabled.`),
    ),
});
