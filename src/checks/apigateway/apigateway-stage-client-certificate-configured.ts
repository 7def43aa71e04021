import { defineCheck, fail, pass } from '../define-check.js';
import { eachRestStage, restStageName } from './walk.js';

export const apigatewayStageClientCertificateConfigured = defineCheck({
  id: 'apigateway-stage-client-certificate-configured',
  title: 'API Gateway REST API stages present a client certificate to the backend',
  service: 'apigateway',
  severity: 'medium',
  resourceType: 'AwsApiGatewayStage',
  frameworks: { fsbp: ['APIGateway.2'] },
  rationale:
    'With a client certificate on the stage, API Gateway authenticates itself to the backend over TLS, so the backend can reject requests that did not come through the API. As Security Hub APIGateway.2 (AWS Config api-gw-ssl-enabled), a REST API stage passes when it has a client certificate.',
  remediation: {
    summary: 'Generate a client certificate, configure the backend to verify it, and attach it to the stage.',
    cli: 'aws apigateway update-stage --rest-api-id <api-id> --stage-name <stage> --patch-operations op=replace,path=/clientCertificateId,value=<client-certificate-id>',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/getting-started-client-side-ssl-authentication.html',
  },
  reads: ['apigateway'],
  evaluate: (inv, ctx) =>
    eachRestStage(ctx, inv.apigateway, (stage) =>
      stage.clientCertificateId
        ? pass(stage, `${restStageName(stage)} presents client certificate ${stage.clientCertificateId} to its backend.`)
        : fail(stage, `${restStageName(stage)} has no client certificate for backend authentication.`),
    ),
});
