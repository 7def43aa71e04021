import type { AnyCheck } from '../types.js';
import { apigatewayRouteAuthorizationTypeConfigured } from './apigateway-route-authorization-type-configured.js';
import { apigatewayStageCacheEncrypted } from './apigateway-stage-cache-encrypted.js';
import { apigatewayStageClientCertificateConfigured } from './apigateway-stage-client-certificate-configured.js';
import { apigatewayStageExecutionLoggingEnabled } from './apigateway-stage-execution-logging-enabled.js';
import { apigatewayStageWafAssociated } from './apigateway-stage-waf-associated.js';
import { apigatewayStageXrayTracingEnabled } from './apigateway-stage-xray-tracing-enabled.js';
import { apigatewayV2PrivateIntegrationHttps } from './apigateway-v2-private-integration-https.js';
import { apigatewayV2StageAccessLoggingEnabled } from './apigateway-v2-stage-access-logging-enabled.js';
import { apigatewayPrivateApiPolicyRestrictsCallers } from './apigateway-private-api-policy-restricts-callers.js';

/** Every apigateway check, imported explicitly (no filesystem discovery). */
export const apigatewayChecks: AnyCheck[] = [
  apigatewayStageExecutionLoggingEnabled,
  apigatewayStageClientCertificateConfigured,
  apigatewayStageXrayTracingEnabled,
  apigatewayStageWafAssociated,
  apigatewayStageCacheEncrypted,
  apigatewayRouteAuthorizationTypeConfigured,
  apigatewayV2StageAccessLoggingEnabled,
  apigatewayV2PrivateIntegrationHttps,
  apigatewayPrivateApiPolicyRestrictsCallers,
];
