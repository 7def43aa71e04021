import { defineCheck, fail, pass } from '../define-check.js';
import { eachV2Integration } from './walk.js';

export const apigatewayV2PrivateIntegrationHttps = defineCheck({
  id: 'apigateway-v2-private-integration-https',
  title: 'API Gateway HTTP API private integrations use HTTPS',
  service: 'apigateway',
  severity: 'medium',
  resourceType: 'AwsApiGatewayV2Integration',
  frameworks: { fsbp: ['APIGateway.10'] },
  rationale:
    'A private integration reaches a load balancer or Cloud Map service in a VPC through a VPC link; without TLS the traffic between API Gateway and the backend is plaintext. As Security Hub APIGateway.10 (AWS Config apigatewayv2-integration-private-https-enabled), an HTTP API private integration passes when it has a TLS configuration; public (INTERNET) integrations are not judged.',
  remediation: {
    summary: 'Give the integration a TLS configuration (the backend listener must serve HTTPS).',
    cli: 'aws apigatewayv2 update-integration --api-id <api-id> --integration-id <integration-id> --tls-config ServerNameToVerify=<backend-host-name>',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-private.html',
  },
  reads: ['apigateway'],
  evaluate: (inv, ctx) =>
    eachV2Integration(
      ctx,
      inv.apigateway,
      (integration) => {
        if (integration.connectionType !== 'VPC_LINK') return undefined;
        const name = `API Gateway HTTP API ${integration.apiName} private integration ${integration.integrationId}`;
        return integration.tlsServerNameToVerify !== null
          ? pass(
              integration,
              `${name} uses HTTPS${integration.tlsServerNameToVerify ? ` and verifies server name ${integration.tlsServerNameToVerify}` : ''}.`,
            )
          : fail(integration, `${name} has no TLS configuration, so traffic to the backend is not HTTPS.`);
      },
      (api) => api.protocolType === 'HTTP',
    ),
});
