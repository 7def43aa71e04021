import { defineCheck, fail, pass } from '../define-check.js';
import { eachV2Stage, v2StageName } from './walk.js';

export const apigatewayV2StageAccessLoggingEnabled = defineCheck({
  id: 'apigateway-v2-stage-access-logging-enabled',
  title: 'API Gateway HTTP and WebSocket API stages have access logging configured',
  service: 'apigateway',
  severity: 'medium',
  resourceType: 'AwsApiGatewayV2Stage',
  frameworks: { fsbp: ['APIGateway.9'] },
  rationale:
    'Access logs record who called the API, when, from where and with what result, which audits and incident response need. As Security Hub APIGateway.9 (AWS Config api-gwv2-access-logs-enabled), an API Gateway v2 stage passes when it has access log settings with a destination.',
  remediation: {
    summary: 'Configure access logging on the stage to a CloudWatch Logs log group.',
    cli: "aws apigatewayv2 update-stage --api-id <api-id> --stage-name <stage> --access-log-settings DestinationArn=<log-group-arn>,Format='$context.requestId $context.identity.sourceIp $context.routeKey $context.status'",
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-logging.html',
  },
  reads: ['apigateway'],
  evaluate: (inv, ctx) =>
    eachV2Stage(ctx, inv.apigateway, (stage) =>
      stage.accessLogDestinationArn
        ? pass(stage, `${v2StageName(stage)} sends access logs to ${stage.accessLogDestinationArn}.`)
        : fail(stage, `${v2StageName(stage)} has no access logging configured.`),
    ),
});
